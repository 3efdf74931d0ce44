using Fourfold.Data;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.AccessHistory;

/// <summary>
/// "Who has seen my information": every successful read, by someone else, of an item whose subject includes the
/// signed-in partner, in the cases where they are a partner, newest first. Read from the audit trail.
/// </summary>
public sealed class AccessHistoryQuery(FourfoldDbContext db)
{
    public const int PageSize = 200;

    public async Task<IReadOnlyList<AccessHistoryEntry>> ForMeAsync(CancellationToken cancellationToken)
    {
        if (db.Actor.Person is not { } me)
        {
            return [];
        }

        var myCases = (await db.Cases.AsNoTracking().ToListAsync(cancellationToken))
            .Select(c => (Case: c, Partner: c.PartnerRoleOf(me)))
            .Where(x => x.Partner is not null)
            .ToDictionary(x => x.Case.Id.Value);
        if (myCases.Count == 0)
        {
            return [];
        }

        var single = nameof(AuditAction.ReadItem);
        var page = nameof(AuditAction.ReadItems);
        var succeeded = nameof(AuditOutcome.Succeeded);
        var events = new List<Data.Audit.AuditEventRecord>();
        foreach (var asPartner in myCases.GroupBy(pair => pair.Value.Partner!.Value))
        {
            var caseIds = asPartner.Select(pair => pair.Key).ToList();
            var subject = asPartner.Key.ToString();
            events.AddRange(await db.AuditEvents.AsNoTracking()
                .Where(e => (e.Action == single || e.Action == page) && e.Outcome == succeeded && e.AuditedCaseId != null && caseIds.Contains(e.AuditedCaseId.Value)
                    && e.ActorId != me.Value && e.Subjects.Contains(subject))
                .OrderByDescending(e => e.Sequence)
                .Take(PageSize)
                .ToListAsync(cancellationToken));
        }

        // A page read lists its items each with its own subjects and authorizations: only those about me are mine to see.
        var aboutMe = events
            .SelectMany(e => (e.Action == page ? AuditedReads.Parse(e.Items) : [new AuditedRead(e.ItemId ?? Guid.Empty, e.Subjects, e.Rule, e.Authorizations)])
                .Where(read => read.Subjects.Split(',').Contains(myCases[e.AuditedCaseId!.Value].Partner!.Value.ToString()))
                .Select(read => (Event: e, Read: read)))
            .OrderByDescending(x => x.Event.Sequence)
            .Take(PageSize)
            .ToList();

        var authorizationIds = aboutMe.SelectMany(x => x.Read.Authorizations.Split(',', StringSplitOptions.RemoveEmptyEntries))
            .Select(id => Guid.TryParse(id, out var parsed) ? AuthorizationId.From(parsed) : (AuthorizationId?)null).OfType<AuthorizationId>().Distinct().ToList();
        var authorizations = await db.Authorizations.AsNoTracking().Where(a => authorizationIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id.Value, cancellationToken);
        var actorIds = aboutMe.Select(x => x.Event.ActorId).OfType<Guid>().Distinct().ToList();
        var actors = await db.Users.AsNoTracking().Where(u => actorIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Kind, Profession = u.Profile == null ? (ProfessionKind?)null : u.Profile.Profession })
            .ToDictionaryAsync(u => u.Id, cancellationToken);

        return aboutMe.Select(x =>
        {
            var (e, read) = x;
            var (readCase, partner) = myCases[e.AuditedCaseId!.Value];
            var actor = e.ActorId is { } id ? actors.GetValueOrDefault(id) : null;
            var mine = read.Authorizations.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => Guid.TryParse(a, out var parsed) ? authorizations.GetValueOrDefault(parsed) : null)
                .FirstOrDefault(a => a is not null && a.GrantedBy == me);
            var relation = actor is null ? "someone" : Relation(readCase, PersonId.From(actor.Id), partner!.Value, actor.Kind, actor.Profession);
            return new AccessHistoryEntry(e.At, readCase.Id, readCase.Label, read.ItemId == Guid.Empty ? null : read.ItemId, actor?.DisplayName ?? "Someone", relation,
                AllowedBy(read.Rule, mine is not null), mine?.SignedAt);
        }).ToList();
    }

    private static string Relation(Case readCase, PersonId actor, PartnerRole me, PersonKind kind, ProfessionKind? profession)
    {
        var roles = readCase.RolesOf(actor);
        var practitioner = profession == ProfessionKind.Coach ? "coach" : "therapist";
        return roles.Contains(me.Other().AsCaseRole()) ? "your partner"
            : roles.Contains(me.SupportRole()) ? $"your {practitioner}"
            : roles.Contains(me.Other().SupportRole()) ? $"your partner's {practitioner}"
            : roles.Contains(CaseRole.CouplesTherapist) ? "the couples therapist"
            : kind == PersonKind.PracticeAdministrator ? "the practice's administrator"
            : "a former member of the team";
    }

    private static string AllowedBy(string rule, bool throughMyAuthorization) =>
        throughMyAuthorization ? "your authorization"
        : Enum.TryParse<AccessRule>(rule, out var parsed) ? parsed switch
        {
            AccessRule.RecordHolder or AccessRule.Author or AccessRule.PsychotherapyNoteHolder => "being the one who wrote it",
            AccessRule.AdministratorAttendance => "their role in scheduling (attendance only)",
            AccessRule.SubjectPartnerInAudience => "being among the people it was written for",
            AccessRule.AudienceWithConsent => "being among the people it was written for",
        }
        : "the rules of the practice";
}
