using Fourfold.Domain.Access;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Practices;
using NodaTime;

namespace Fourfold.Domain.Tests.Access;

/// <summary>Each rule of DESIGN.md section 3, with the refusal beside the permission.</summary>
public sealed class AccessDecisionTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 1, 12, 0);
    private static readonly PracticeId Practice = PracticeId.New();
    private static readonly CaseId Case = CaseId.New();
    private static readonly PersonId Dana = PersonId.New();
    private static readonly PersonId Chris = PersonId.New();
    private static readonly PersonId DanasTherapist = PersonId.New();
    private static readonly PersonId ChrisTherapist = PersonId.New();
    private static readonly PersonId CouplesTherapist = PersonId.New();
    private static readonly PersonId Administrator = PersonId.New();
    private static readonly PersonId Stranger = PersonId.New();

    private static readonly Dictionary<PersonId, IReadOnlySet<CaseRole>> Roles = new()
    {
        [Dana] = new HashSet<CaseRole> { CaseRole.BetrayedPartner },
        [Chris] = new HashSet<CaseRole> { CaseRole.InvolvedPartner },
        [DanasTherapist] = new HashSet<CaseRole> { CaseRole.SupportOfBetrayedPartner },
        [ChrisTherapist] = new HashSet<CaseRole> { CaseRole.SupportOfInvolvedPartner },
        [CouplesTherapist] = new HashSet<CaseRole> { CaseRole.CouplesTherapist },
    };

    private static ItemFacts Item(PersonId author, ItemSubject subject, Category category, params CaseRole[] audience) =>
        new(Guid.NewGuid(), Case, author, author, subject, category, Audience.Of(audience));

    private static Authorization Signed(PersonId partner, PartnerRole role, Category category, CaseRole recipient, Instant? revokedAt = null, Instant? expiresAt = null)
    {
        var terms = new AuthorizationTerms([recipient], [], [category], "Coordinated care", expiresAt ?? Now + Duration.FromDays(30));
        var authorization = Authorization.Sign(Case, partner, role, "Partner Name", terms, "partner name", "the text", Now - Duration.FromDays(60));
        if (revokedAt is { } revoked)
        {
            authorization.Revoke(partner, revoked);
        }

        return authorization;
    }

    private static AccessVerdict Decide(PersonId reader, ItemFacts item, params Authorization[] authorizations) =>
        AccessDecision.Decide(new Reader(reader, reader == Administrator ? Practice : null), item, new CaseAccessState(Case, Practice, Roles, authorizations), Now);

    [Fact]
    public void PsychotherapyNote_ReachesItsHolder_AndNobodyElseWhateverTheAuthorization()
    {
        var note = Item(ChrisTherapist, ItemSubject.InvolvedPartner, Category.PsychotherapyNote, CaseRole.CouplesTherapist, CaseRole.InvolvedPartner);
        var psychotherapyRelease = Signed(Chris, PartnerRole.InvolvedPartner, Category.PsychotherapyNote, CaseRole.CouplesTherapist);

        Assert.Equal(AccessRule.PsychotherapyNoteHolder, Assert.IsType<AccessVerdict.Allowed>(Decide(ChrisTherapist, note)).Rule);
        Assert.Equal(DenialReason.PsychotherapyNoteHolderOnly, Assert.IsType<AccessVerdict.Denied>(Decide(CouplesTherapist, note, psychotherapyRelease)).Reason);
        Assert.Equal(DenialReason.PsychotherapyNoteHolderOnly, Assert.IsType<AccessVerdict.Denied>(Decide(Chris, note)).Reason);
    }

    [Fact]
    public void Stranger_IsDeniedAsNotOnTheCase()
    {
        var summary = Item(CouplesTherapist, ItemSubject.Couple, Category.SessionSummary, CaseRole.CouplesTherapist);

        Assert.Equal(DenialReason.NotOnCase, Assert.IsType<AccessVerdict.Denied>(Decide(Stranger, summary)).Reason);
    }

    [Fact]
    public void Author_WhoLeftTheCase_StillReadsTheirOwnRecord()
    {
        var formerAuthor = PersonId.New();
        var summary = Item(formerAuthor, ItemSubject.InvolvedPartner, Category.SessionSummary, CaseRole.SupportOfInvolvedPartner);

        Assert.Equal(AccessRule.RecordHolder, Assert.IsType<AccessVerdict.Allowed>(Decide(formerAuthor, summary)).Rule);
    }

    [Theory]
    [InlineData(Category.Attendance, true)]
    [InlineData(Category.SessionSummary, false)]
    [InlineData(Category.PlanAndProgress, false)]
    public void Administrator_ReadsAttendanceOnly(Category category, bool allowed)
    {
        var item = Item(CouplesTherapist, ItemSubject.Couple, category, CaseRole.CouplesTherapist);

        Assert.Equal(allowed, Decide(Administrator, item).IsAllowed);
    }

    [Fact]
    public void SubjectPartner_InTheAudience_ReadsWithoutAuthorization_OutsideIt_IsDenied()
    {
        var shared = Item(ChrisTherapist, ItemSubject.InvolvedPartner, Category.SessionSummary, CaseRole.InvolvedPartner);
        var notShared = Item(ChrisTherapist, ItemSubject.InvolvedPartner, Category.SessionSummary, CaseRole.CouplesTherapist);

        Assert.Equal(AccessRule.SubjectPartnerInAudience, Assert.IsType<AccessVerdict.Allowed>(Decide(Chris, shared)).Rule);
        Assert.Equal(DenialReason.NotInAudience, Assert.IsType<AccessVerdict.Denied>(Decide(Chris, notShared)).Reason);
    }

    [Fact]
    public void OtherPartnersSupport_ReadsOnlyWithTheSubjectsActiveAuthorization()
    {
        var summary = Item(ChrisTherapist, ItemSubject.InvolvedPartner, Category.SessionSummary, CaseRole.SupportOfBetrayedPartner);
        var granted = Signed(Chris, PartnerRole.InvolvedPartner, Category.SessionSummary, CaseRole.SupportOfBetrayedPartner);

        var allowed = Assert.IsType<AccessVerdict.Allowed>(Decide(DanasTherapist, summary, granted));
        Assert.Equal(AccessRule.AudienceWithConsent, allowed.Rule);
        Assert.Equal([granted.Id], allowed.Authorizations);
        Assert.Equal(DenialReason.NoAuthorization, Assert.IsType<AccessVerdict.Denied>(Decide(DanasTherapist, summary)).Reason);
    }

    [Fact]
    public void RevokedOrExpiredAuthorization_NoLongerAllows_AndSaysWhy()
    {
        var summary = Item(ChrisTherapist, ItemSubject.InvolvedPartner, Category.SessionSummary, CaseRole.SupportOfBetrayedPartner);
        var revoked = Signed(Chris, PartnerRole.InvolvedPartner, Category.SessionSummary, CaseRole.SupportOfBetrayedPartner, revokedAt: Now);
        var expired = Signed(Chris, PartnerRole.InvolvedPartner, Category.SessionSummary, CaseRole.SupportOfBetrayedPartner, expiresAt: Now);

        Assert.Equal(DenialReason.AuthorizationRevoked, Assert.IsType<AccessVerdict.Denied>(Decide(DanasTherapist, summary, revoked)).Reason);
        Assert.Equal(DenialReason.AuthorizationExpired, Assert.IsType<AccessVerdict.Denied>(Decide(DanasTherapist, summary, expired)).Reason);
    }

    [Fact]
    public void AuthorizationForAnotherCategory_DoesNotAllow()
    {
        var note = Item(ChrisTherapist, ItemSubject.InvolvedPartner, Category.ProgressNote, CaseRole.SupportOfBetrayedPartner);
        var summariesOnly = Signed(Chris, PartnerRole.InvolvedPartner, Category.SessionSummary, CaseRole.SupportOfBetrayedPartner);

        Assert.Equal(DenialReason.NoAuthorization, Assert.IsType<AccessVerdict.Denied>(Decide(DanasTherapist, note, summariesOnly)).Reason);
    }

    [Fact]
    public void CoupleItem_BeyondThePartners_NeedsBothPartnersAuthorizations()
    {
        var summary = Item(CouplesTherapist, ItemSubject.Couple, Category.SessionSummary, CaseRole.SupportOfBetrayedPartner);
        var fromDana = Signed(Dana, PartnerRole.BetrayedPartner, Category.SessionSummary, CaseRole.SupportOfBetrayedPartner);
        var fromChris = Signed(Chris, PartnerRole.InvolvedPartner, Category.SessionSummary, CaseRole.SupportOfBetrayedPartner);

        Assert.False(Decide(DanasTherapist, summary, fromDana).IsAllowed);
        Assert.False(Decide(DanasTherapist, summary, fromChris).IsAllowed);
        var allowed = Assert.IsType<AccessVerdict.Allowed>(Decide(DanasTherapist, summary, fromDana, fromChris));
        Assert.Equal(2, allowed.Authorizations.Count);
    }

    [Fact]
    public void Partner_WritingAboutThemself_ChoosesTheAudience_WithoutAnAuthorization()
    {
        var checkIn = Item(Dana, ItemSubject.BetrayedPartner, Category.AgreementsAndCheckIns, CaseRole.InvolvedPartner, CaseRole.SupportOfInvolvedPartner);

        Assert.Equal(AccessRule.AudienceWithConsent, Assert.IsType<AccessVerdict.Allowed>(Decide(Chris, checkIn)).Rule);
        Assert.Empty(Assert.IsType<AccessVerdict.Allowed>(Decide(ChrisTherapist, checkIn)).Authorizations);
        Assert.False(Decide(DanasTherapist, checkIn).IsAllowed);
    }

    [Fact]
    public void AMissingReaderItemOrCase_IsDeniedAsMalformed_EachOnItsOwn()
    {
        var item = Item(DanasTherapist, ItemSubject.BetrayedPartner, Category.SessionSummary, CaseRole.BetrayedPartner);
        var state = new CaseAccessState(Case, Practice, Roles, []);

        Assert.Equal(DenialReason.Malformed, Assert.IsType<AccessVerdict.Denied>(AccessDecision.Decide(null!, item, state, Now)).Reason);
        Assert.Equal(DenialReason.Malformed, Assert.IsType<AccessVerdict.Denied>(AccessDecision.Decide(new Reader(Dana), null!, state, Now)).Reason);
        Assert.Equal(DenialReason.Malformed, Assert.IsType<AccessVerdict.Denied>(AccessDecision.Decide(new Reader(Dana), item, null!, Now)).Reason);
        Assert.True(AccessDecision.Decide(new Reader(Dana), item, state, Now).IsAllowed);
    }

    [Fact]
    public void Item_OfAnotherCase_IsDeniedAsMalformed()
    {
        var elsewhere = new ItemFacts(Guid.NewGuid(), CaseId.New(), DanasTherapist, DanasTherapist, ItemSubject.BetrayedPartner, Category.SessionSummary, Audience.Of(CaseRole.BetrayedPartner));

        Assert.Equal(DenialReason.Malformed, Assert.IsType<AccessVerdict.Denied>(Decide(Dana, elsewhere)).Reason);
    }

    [Fact]
    public void APartnerNamedByPerson_IsAddressedAsThemself_AndNeedsNoAuthorizationFromThemself()
    {
        var aboutDana = new ItemFacts(Guid.NewGuid(), Case, DanasTherapist, DanasTherapist, ItemSubject.BetrayedPartner, Category.SessionSummary,
            new Audience(new HashSet<CaseRole>(), new HashSet<PersonId> { Dana }));
        var aboutTheCouple = new ItemFacts(Guid.NewGuid(), Case, CouplesTherapist, CouplesTherapist, ItemSubject.Couple, Category.SessionSummary,
            new Audience(new HashSet<CaseRole>(), new HashSet<PersonId> { Dana, ChrisTherapist }));
        var chrisForHisTherapist = Signed(Chris, PartnerRole.InvolvedPartner, Category.SessionSummary, CaseRole.SupportOfInvolvedPartner);
        var danaForChrisTherapist = Signed(Dana, PartnerRole.BetrayedPartner, Category.SessionSummary, CaseRole.SupportOfInvolvedPartner);

        Assert.Equal(AccessRule.SubjectPartnerInAudience, Assert.IsType<AccessVerdict.Allowed>(Decide(Dana, aboutDana)).Rule);
        Assert.Equal(AccessRule.SubjectPartnerInAudience, Assert.IsType<AccessVerdict.Allowed>(Decide(Dana, aboutTheCouple)).Rule);
        Assert.Equal(DenialReason.NotInAudience, Assert.IsType<AccessVerdict.Denied>(Decide(Chris, aboutTheCouple)).Reason);
        Assert.False(Decide(ChrisTherapist, aboutTheCouple, chrisForHisTherapist).IsAllowed);
        var both = Assert.IsType<AccessVerdict.Allowed>(Decide(ChrisTherapist, aboutTheCouple, chrisForHisTherapist, danaForChrisTherapist));
        Assert.Equal(2, both.Authorizations.Count);
    }
}
