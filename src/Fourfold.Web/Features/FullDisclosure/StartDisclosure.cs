using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.FullDisclosure;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Infrastructure.Auditing;
using NodaTime;

namespace Fourfold.Web.Features.FullDisclosure;

/// <summary>A professional on the team starts the case's full disclosure, with as much of its plan as is settled; one at a time.</summary>
public sealed class StartDisclosure(FourfoldDbContext db, CaseDoor.CaseAccess door, FullDisclosureStore store, AuditedChanges changes, IClock clock)
{
    public async Task<DisclosureOutcome> ExecuteAsync(CaseId caseId, DisclosurePlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var now = clock.GetCurrentInstant();
        if (await door.AuthorAsync(caseId, now, cancellationToken) is not { } loaded)
        {
            await changes.RefusedAsync(db, AuditAction.FullDisclosureStarted, caseId, null, nameof(Domain.Access.DenialReason.NotOnCase), cancellationToken);
            return DisclosureOutcome.NotFound;
        }

        var roles = loaded.Context.AuthorRoles;
        if (!roles.Any(CaseRoles.IsProfessional))
        {
            return DisclosureOutcome.Refused("Stage", "A full disclosure is started by a therapist or coach on the team, once the couple has chosen it with them.");
        }

        if (await store.CurrentAsync(caseId, cancellationToken) is { Stage: not DisclosureStage.Complete } open)
        {
            // Whoever may not read the disclosure under way learns nothing of it here either.
            var context = await door.ViewAsync(caseId, cancellationToken);
            return context is not null && AccessDecision.Decide(context.Reader, DisclosureAccess.FactsFor(open), context.State, now) is AccessVerdict.Allowed
                ? DisclosureOutcome.Refused("Stage", "A full disclosure is already under way in this case.")
                : DisclosureOutcome.NotFound;
        }

        if (DisclosurePlan.Check(plan, loaded.Context.Today) is { Count: > 0 } problems)
        {
            return DisclosureOutcome.Invalid(problems);
        }

        var process = DisclosureProcess.Start(caseId, loaded.Context.Author, roles, now);
        process.SetPlan(plan.Trimmed(), roles);
        store.Add(process);
        return await changes.SaveAsync(db, AuditAction.FullDisclosureStarted, caseId, cancellationToken, ItemReadAudit.Subjects(ItemSubject.Couple), process.Id)
            ? DisclosureOutcome.Done(process.Id, process.Revision)
            : DisclosureOutcome.Stale;
    }
}
