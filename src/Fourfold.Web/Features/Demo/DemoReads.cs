using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using Fourfold.Web.Features.Records;
using NodaTime;

namespace Fourfold.Web.Features.Demo;

/// <summary>
/// The team's reading of the Holt story over the last days, as the audit trail would have recorded it, so that "who
/// has seen my information" shows the partners something on first run. Each read is what the access decision allowed
/// that reader at the time.
/// </summary>
internal static class DemoReads
{
    public static IReadOnlyList<AuditEntry> Holt(Case holt, IReadOnlyList<WrittenItem> items, IReadOnlyList<Domain.Authorizations.Authorization> authorizations,
        Dictionary<DemoAccount, Data.Identity.FourfoldUser> people, Instant now)
    {
        var state = new CaseAccessState(holt.Id, holt.PracticeId, holt.ActiveRoles(), authorizations.Where(a => a.CaseId == holt.Id).ToList());
        var facts = items.Where(i => i.CaseId == holt.Id).Select(i => ItemView.From(i).Facts).ToList();
        var reads = new[]
        {
            (DemoAccounts.SamOrtiz, Duration.FromDays(4)),
            (DemoAccounts.MayaLee, Duration.FromDays(3)),
            (DemoAccounts.AlexKim, Duration.FromDays(2)),
            (DemoAccounts.MayaLee, Duration.FromHours(20)),
            (DemoAccounts.SamOrtiz, Duration.FromHours(6)),
        };
        return reads.Select(read =>
        {
            var (account, ago) = read;
            var reader = new Reader(people[account].PersonId);
            var allowed = facts
                .Select(item => (Item: item, Verdict: AccessDecision.Decide(reader, item, state, now - ago) as AccessVerdict.Allowed))
                .Where(r => r.Verdict is not null)
                .Select(r => new AuditedRead(r.Item.ItemId, ItemReadAudit.Subjects(r.Item.Subject), r.Verdict!.Rule.ToString(), string.Join(',', r.Verdict.Authorizations)))
                .ToList();
            return new AuditEntry(now - ago, reader.Person, AuditAction.ReadItems, AuditOutcome.Succeeded, holt.Id, null,
                AuditedReads.Union(allowed.Select(a => a.Subjects)), "", "", "127.0.0.1", AuditedReads.Format(allowed));
        }).ToList();
    }
}
