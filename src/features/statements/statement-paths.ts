// Addresses of a statement's pages, built in one place.
export const statementPath = (id: string, language?: string): string => `/statements/${encodeURIComponent(id)}${language ? `?language=${language}` : ''}`;
export const signedFilePath = (id: string, language: string): string => `/statements/${encodeURIComponent(id)}/signed.json?language=${language}`;
export const discussionPath = (id: string): string => `/statements/${encodeURIComponent(id)}/discussion`;
export const commentPath = (statementId: string, commentId: string): string => `${discussionPath(statementId)}#comment-${encodeURIComponent(commentId)}`;
export const signingPath = (id: string): string => `/statements/${encodeURIComponent(id)}/sign`;
export const networkStatementsPath = (networkId: string): string => `/networks/${encodeURIComponent(networkId)}/statements`;

/** The one country a statement concerns, for search filters; null when it concerns several or none. */
export const soleCountry = (countries: readonly string[]): string | null => (countries.length === 1 ? countries[0]! : null);
