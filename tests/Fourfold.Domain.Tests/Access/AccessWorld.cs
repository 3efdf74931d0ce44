using CsCheck;
using Fourfold.Domain.Access;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Practices;
using NodaTime;

namespace Fourfold.Domain.Tests.Access;

/// <summary>A generated case: its people and roles, authorizations in every state, one item and one reader at one instant.</summary>
internal sealed record AccessWorld(CaseAccessState State, ItemFacts Item, Reader Reader, Instant Now, PersonId Administrator, PersonId Outsider)
{
    public static readonly PracticeId Practice = PracticeId.New();
    private static readonly Instant Epoch = Instant.FromUtc(2026, 1, 1, 0, 0);

    public IReadOnlySet<CaseRole> ReaderRoles => State.RolesOf(Reader.Person);

    public PersonId? PartnerPerson(PartnerRole partner) => State.Partner(partner);

    public override string ToString() =>
        $"reader {Name(Reader.Person)} ({string.Join(",", ReaderRoles)}), item {Item.Category} about {Item.Subject} by {Name(Item.Author)} held by {Name(Item.Holder)} " +
        $"for [{string.Join(",", Item.Audience.Roles)}] +{Item.Audience.People.Count} people; {State.Authorizations.Count} authorizations; now +{(Now - Epoch).TotalHours:0}h";

    private string Name(PersonId person) =>
        person == Administrator ? "administrator" : person == Outsider ? "outsider" : string.Join("/", State.RolesOf(person).DefaultIfEmpty());

    public static Gen<AccessWorld> Gen { get; } =
        CsCheck.Gen.Select(GenTeam, CsCheck.Gen.Int[0, 1500], CsCheck.Gen.Int[0, 7])
            .SelectMany((team, nowHours, _) => GenRest(team, Epoch + Duration.FromHours(nowHours)));

    private sealed record Team(Dictionary<PersonId, IReadOnlySet<CaseRole>> Roles, PersonId Betrayed, PersonId Involved, List<PersonId> Professionals);

    private static Gen<Team> GenTeam =>
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, 2], CsCheck.Gen.Int[0, 2], CsCheck.Gen.Bool, CsCheck.Gen.Bool).Select((betrayedSupports, involvedSupports, hasCouplesTherapist, couplesTherapistAlsoSupports) =>
        {
            var roles = new Dictionary<PersonId, IReadOnlySet<CaseRole>>();
            var betrayed = PersonId.New();
            var involved = PersonId.New();
            roles[betrayed] = new HashSet<CaseRole> { CaseRole.BetrayedPartner };
            roles[involved] = new HashSet<CaseRole> { CaseRole.InvolvedPartner };
            var professionals = new List<PersonId>();
            for (var i = 0; i < betrayedSupports; i++)
            {
                var p = PersonId.New();
                roles[p] = new HashSet<CaseRole> { CaseRole.SupportOfBetrayedPartner };
                professionals.Add(p);
            }

            for (var i = 0; i < involvedSupports; i++)
            {
                var p = PersonId.New();
                roles[p] = new HashSet<CaseRole> { CaseRole.SupportOfInvolvedPartner };
                professionals.Add(p);
            }

            if (hasCouplesTherapist)
            {
                var therapist = couplesTherapistAlsoSupports && professionals.Count > 0 ? professionals[0] : PersonId.New();
                roles[therapist] = new HashSet<CaseRole>(roles.GetValueOrDefault(therapist) ?? new HashSet<CaseRole>()) { CaseRole.CouplesTherapist };
                if (!professionals.Contains(therapist))
                {
                    professionals.Add(therapist);
                }
            }

            return new Team(roles, betrayed, involved, professionals);
        });

    private static Gen<AccessWorld> GenRest(Team team, Instant now)
    {
        var caseId = CaseId.New();
        var administrator = PersonId.New();
        var outsider = PersonId.New();
        var everyone = team.Roles.Keys.Concat([administrator, outsider]).ToArray();
        var otherCase = CaseId.New();
        var genAuthorization =
            CsCheck.Gen.Select(CsCheck.Gen.Enum<PartnerRole>(), CsCheck.Gen.Enum<CaseRole>().Array[0, 4], CsCheck.Gen.Int[0, everyone.Length - 1].Array[0, 2],
                    CsCheck.Gen.Enum<Category>().Where(c => c != Category.PsychotherapyNote).Array[2, 6], CsCheck.Gen.Int[0, 1200], CsCheck.Gen.Int[200, 3000], CsCheck.Gen.Int[-1500, 1500])
                .Where((_, rs, ps, _, _, _, _) => rs.Length + ps.Length > 0)
                .SelectMany((partner, recipientRoles, recipientPeople, categories, signedHours, lengthHours, revokedAfterHours) => CsCheck.Gen.Int[0, 9].Select(oddity =>
                {
                    var signedAt = Epoch + Duration.FromHours(signedHours);
                    var partnerPerson = partner == PartnerRole.BetrayedPartner ? team.Betrayed : team.Involved;
                    // Now and then an authorization of another case, or one in a partner's role signed by the other
                    // partner: neither may ever count.
                    var signedFor = oddity == 0 ? otherCase : caseId;
                    var signer = oddity == 1 ? (partner == PartnerRole.BetrayedPartner ? team.Involved : team.Betrayed) : partnerPerson;
                    var terms = new AuthorizationTerms(recipientRoles, recipientPeople.Select(i => everyone[i]), categories, "care", signedAt + Duration.FromHours(lengthHours));
                    var authorization = Authorization.Sign(signedFor, signer, partner, "Partner", terms, "Partner", "text", signedAt);
                    if (revokedAfterHours >= 0 && revokedAfterHours < lengthHours)
                    {
                        authorization.Revoke(signer, signedAt + Duration.FromHours(revokedAfterHours));
                    }

                    return authorization;
                }));

        var genItem =
            CsCheck.Gen.Select(CsCheck.Gen.Int[0, team.Roles.Count - 1], CsCheck.Gen.Enum<ItemSubject>(), CsCheck.Gen.Enum<Category>(),
                    CsCheck.Gen.Enum<CaseRole>().Array[1, 5], CsCheck.Gen.Int[0, everyone.Length - 1].Array[0, 1], CsCheck.Gen.Bool)
                .Select((authorIndex, subject, category, audienceRoles, audiencePeople, heldByAuthor) =>
                {
                    var author = team.Roles.Keys.ElementAt(authorIndex);
                    var holder = heldByAuthor || team.Professionals.Count == 0 ? author : team.Professionals[0];
                    return new ItemFacts(Guid.NewGuid(), caseId, holder, author, WritableSubject(team, author, subject), category,
                        new Audience(audienceRoles.ToHashSet(), audiencePeople.Select(i => everyone[i]).ToHashSet()));
                });

        return CsCheck.Gen.Select(genAuthorization.Array[0, 8], genItem, CsCheck.Gen.Int[0, everyone.Length - 1])
            .Select((authorizations, item, readerIndex) =>
            {
                var reader = everyone[readerIndex];
                var state = new CaseAccessState(caseId, Practice, team.Roles, authorizations);
                return new AccessWorld(state, item, new Reader(reader, reader == administrator ? Practice : null), now, administrator, outsider);
            });
    }

    /// <summary>Who may write about whom: a partner about themself or the couple; a support about the partner they support.</summary>
    private static ItemSubject WritableSubject(Team team, PersonId author, ItemSubject wanted)
    {
        var roles = team.Roles[author];
        if (roles.Contains(CaseRole.CouplesTherapist))
        {
            return wanted;
        }

        if (roles.Contains(CaseRole.BetrayedPartner))
        {
            return wanted == ItemSubject.InvolvedPartner ? ItemSubject.BetrayedPartner : wanted;
        }

        if (roles.Contains(CaseRole.InvolvedPartner))
        {
            return wanted == ItemSubject.BetrayedPartner ? ItemSubject.InvolvedPartner : wanted;
        }

        return roles.Contains(CaseRole.SupportOfBetrayedPartner) ? ItemSubject.BetrayedPartner : ItemSubject.InvolvedPartner;
    }
}
