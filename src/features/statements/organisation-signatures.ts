// Statements' side of organisations' StatementLinks port: an organisation being deleted withdraws every signature it
// has in force, one statement at a time through withdrawSignature, so each signed file is re-issued without it and
// each public page forgets it, exactly as when an administrator withdraws by hand.
import type { StatementLinks } from '../organisations/index.ts';
import { withdrawSignature } from './sign-statement.ts';
import { statementsSignedBy } from './signatures.repository.ts';
import type { StatementChangeDeps } from './statement-change.ts';

export function organisationSignatures(deps: StatementChangeDeps): StatementLinks {
  return {
    async withdrawEverySignature(organisationId, memberId) {
      const statementIds = await statementsSignedBy(deps.db, organisationId);
      for (const statementId of statementIds) await withdrawSignature(deps, statementId, organisationId, memberId);
      return statementIds.length;
    },
  };
}
