/** customers/data_request as the admin lists it (GET /api/privacy/data-requests). */
export interface DataRequestView {
  readonly id: string;
  /** The customer's Shopify id. */
  readonly customerId: string;
  readonly receivedAt: string;
  /** When the export is deleted (30 days after it arrived). */
  readonly expiresAt: string;
  readonly orders: number;
}

export interface DataRequestsResponse {
  readonly requests: readonly DataRequestView[];
}
