using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Practices;
using NodaTime;

namespace Fourfold.Domain.Tests.Access;

/// <summary>
/// "Who has seen my information" lists reads by others of what the partner may read now: never a psychotherapy note,
/// never an item kept from them, and not the author's own reads of what they wrote (DESIGN.md section 3).
/// </summary>
public sealed class AccessHistoryRuleTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 1, 12, 0);
    private static readonly PracticeId Practice = PracticeId.New();
    private static readonly CaseId Case = CaseId.New();
    private static readonly PersonId Dana = PersonId.New();
    private static readonly PersonId Chris = PersonId.New();
    private static readonly PersonId DanasTherapist = PersonId.New();
    private static readonly PersonId CouplesTherapist = PersonId.New();

    private static readonly CaseAccessState State = new(Case, Practice, new Dictionary<PersonId, IReadOnlySet<CaseRole>>
    {
        [Dana] = new HashSet<CaseRole> { CaseRole.BetrayedPartner },
        [Chris] = new HashSet<CaseRole> { CaseRole.InvolvedPartner },
        [DanasTherapist] = new HashSet<CaseRole> { CaseRole.SupportOfBetrayedPartner },
        [CouplesTherapist] = new HashSet<CaseRole> { CaseRole.CouplesTherapist },
    }, []);

    private static readonly Reader DanaReads = new(Dana);

    private static ItemFacts Item(PersonId author, ItemSubject subject, Category category, Audience audience) =>
        new(Guid.NewGuid(), Case, author, author, subject, category, audience);

    private static bool Listed(ItemFacts item) => AccessHistoryRule.MayListReadsOf(DanaReads, PartnerRole.BetrayedPartner, item, State, Now);

    [Fact]
    public void AnItemAboutThePartnerWrittenForThem_IsListed()
    {
        var summary = Item(DanasTherapist, ItemSubject.BetrayedPartner, Category.SessionSummary, Audience.Of(CaseRole.BetrayedPartner, CaseRole.SupportOfBetrayedPartner));

        Assert.True(Listed(summary));
    }

    [Fact]
    public void APsychotherapyNoteAboutThePartner_IsNeverListed()
    {
        var note = Item(DanasTherapist, ItemSubject.BetrayedPartner, Category.PsychotherapyNote, Audience.Of(CaseRole.BetrayedPartner));

        Assert.False(Listed(note));
    }

    [Fact]
    public void ACoupleEntryWrittenForSomeoneElseByName_IsNotListedForThePartnerItIsKeptFrom()
    {
        var forTheCouplesTherapistOnly = Item(Chris, ItemSubject.Couple, Category.SessionSummary,
            new Audience(new HashSet<CaseRole>(), new HashSet<PersonId> { CouplesTherapist }));

        Assert.False(Listed(forTheCouplesTherapistOnly));
        Assert.True(AccessHistoryRule.MayListReadsOf(new Reader(Chris), PartnerRole.InvolvedPartner, forTheCouplesTherapistOnly, State, Now));
    }

    [Fact]
    public void AnItemAboutTheOtherPartnerOnly_IsNotListed_EvenWhenThePartnerMayReadIt()
    {
        var aboutChris = Item(CouplesTherapist, ItemSubject.InvolvedPartner, Category.SessionSummary, Audience.Of(CaseRole.BetrayedPartner, CaseRole.InvolvedPartner));

        Assert.False(Listed(aboutChris));
    }

    [Fact]
    public void ReadsByTheAuthorOrByThePartnerThemself_AreLeftOut_ReadsByAnyoneElseAreListed()
    {
        var entry = Item(Chris, ItemSubject.Couple, Category.SessionSummary, Audience.Of(CaseRole.BetrayedPartner, CaseRole.CouplesTherapist));

        Assert.False(AccessHistoryRule.ListsReadBy(Chris, DanaReads, entry));
        Assert.False(AccessHistoryRule.ListsReadBy(Dana, DanaReads, entry));
        Assert.True(AccessHistoryRule.ListsReadBy(CouplesTherapist, DanaReads, entry));
    }
}
