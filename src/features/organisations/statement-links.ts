// What organisations need of statements, without importing them (statements build on organisations): withdrawing
// every signature of an organisation that is being deleted. The statements feature implements this port and app.ts
// hands it in, as networks do with NetworkLinks.
export interface StatementLinks {
  /**
   * Withdraws each signature the organisation has in force through statements' own withdrawal, so every statement
   * it signed re-issues its signed files without it. Each withdrawal is its own transaction (the statement's).
   */
  withdrawEverySignature(organisationId: string, memberId: string): Promise<number>;
}
