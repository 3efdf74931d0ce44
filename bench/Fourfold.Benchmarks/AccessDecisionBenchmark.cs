using BenchmarkDotNet.Attributes;
using Fourfold.Domain.Access;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Practices;
using NodaTime;

namespace Fourfold.Benchmarks;

/// <summary>The access decision for a case with 6 members, 20 authorizations and 500 items: every item, for every member.</summary>
[MemoryDiagnoser]
public class AccessDecisionBenchmark
{
    private readonly Instant now = Instant.FromUtc(2026, 6, 1, 12, 0);
    private CaseAccessState state = null!;
    private ItemFacts[] items = [];
    private Reader[] readers = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var caseId = CaseId.New();
        var people = new[]
        {
            (PersonId.New(), CaseRole.BetrayedPartner), (PersonId.New(), CaseRole.InvolvedPartner),
            (PersonId.New(), CaseRole.SupportOfBetrayedPartner), (PersonId.New(), CaseRole.SupportOfInvolvedPartner),
            (PersonId.New(), CaseRole.CouplesTherapist), (PersonId.New(), CaseRole.SupportOfBetrayedPartner),
        };
        var roles = people.ToDictionary(p => p.Item1, p => (IReadOnlySet<CaseRole>)new HashSet<CaseRole> { p.Item2 });
        var categories = Enum.GetValues<Category>().Where(c => c != Category.PsychotherapyNote).ToArray();
        var authorizations = Enumerable.Range(0, 20).Select(i =>
        {
            var partner = i % 2 == 0 ? PartnerRole.BetrayedPartner : PartnerRole.InvolvedPartner;
            var grantedBy = people[partner == PartnerRole.BetrayedPartner ? 0 : 1].Item1;
            var terms = new AuthorizationTerms([Enum.GetValues<CaseRole>()[random.Next(5)]], [], [categories[random.Next(categories.Length)], categories[random.Next(categories.Length)]],
                "care", now + Duration.FromDays(random.Next(-30, 300)));
            var authorization = Authorization.Sign(caseId, grantedBy, partner, "P", terms, "P", "text", now - Duration.FromDays(60));
            if (i % 7 == 0)
            {
                authorization.Revoke(grantedBy, now - Duration.FromDays(1));
            }

            return authorization;
        }).ToList();
        state = new CaseAccessState(caseId, PracticeId.New(), roles, authorizations);
        items = Enumerable.Range(0, 500).Select(i =>
        {
            var author = people[2 + random.Next(4)].Item1;
            return new ItemFacts(Guid.NewGuid(), caseId, author, author, (ItemSubject)(1 + random.Next(3)), categories[random.Next(categories.Length)],
                Audience.Of(Enum.GetValues<CaseRole>().Where(_ => random.Next(2) == 0).ToArray()));
        }).ToArray();
        readers = people.Select(p => new Reader(p.Item1)).ToArray();
    }

    [Benchmark(Description = "6 readers x 500 items (3,000 decisions)")]
    public int DecideEveryItemForEveryMember()
    {
        var allowed = 0;
        foreach (var reader in readers)
        {
            foreach (var item in items)
            {
                if (AccessDecision.Decide(reader, item, state, now).IsAllowed)
                {
                    allowed++;
                }
            }
        }

        return allowed;
    }
}
