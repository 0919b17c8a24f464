import { readFileSync } from 'node:fs';
import express from 'express';
import { GraphQLClient } from 'graphql-request';
import { Kysely } from 'kysely';
import { h } from 'preact';

export const leaks = [readFileSync, express, GraphQLClient, Kysely, h];
