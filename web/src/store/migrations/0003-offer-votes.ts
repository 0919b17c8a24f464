import type { Migration } from 'kysely';

// Offer lists carry votes beside their offers (further partners, pairs of cart products), published in the same
// metafield value. Nullable: lists without votes, and every list stored before, have none.

export const offerVotes: Migration = {
  async up(db) {
    await db.schema.alterTable('offers').addColumn('votes', 'text').execute();
  },
};
