using CsCheck;
using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;

namespace Fourfold.Domain.Tests.Access;

/// <summary>The consequences DESIGN.md section 3 says must hold, each over thousands of generated cases.</summary>
public sealed class AccessDecisionPropertyTests
{
    private const int Cases = 3000;

    private static AccessVerdict Decide(AccessWorld w) => AccessDecision.Decide(w.Reader, w.Item, w.State, w.Now);

    [Fact]
    public void APartner_NeverReadsAnItemAboutTheOtherPartnerThatSomeoneElseWrote_WithoutTheirActiveAuthorization() =>
        AccessWorld.Gen.Sample(w =>
        {
            var readerPartner = w.ReaderRoles.Select(r => r.AsPartnerRole()).OfType<PartnerRole>().FirstOrDefault();
            var aboutOther = w.ReaderRoles.Any(r => r.IsPartner())
                && w.Item.Subject == (readerPartner == PartnerRole.BetrayedPartner ? ItemSubject.InvolvedPartner : ItemSubject.BetrayedPartner);
            if (!aboutOther || w.Item.Author == w.Reader.Person || w.Item.Holder == w.Reader.Person || !Decide(w).IsAllowed)
            {
                return true;
            }

            var other = w.PartnerPerson(readerPartner.Other());
            if (w.Item.Author == other)
            {
                return true;
            }

            return w.State.Authorizations.Any(a => a.GrantedBy == other && a.CaseId == w.Item.CaseId && ReferenceDecision.ActiveAt(a, w.Now) && ReferenceDecision.Reaches(a, w.Item.Category, w.Reader.Person, w.ReaderRoles));
        }, iter: Cases, print: w => w.ToString());

    [Fact]
    public void AfterRevocationOrExpiry_NoReadIsAllowedByThatAuthorization() =>
        AccessWorld.Gen.Sample(w =>
            Decide(w) is not AccessVerdict.Allowed allowed
            || allowed.Authorizations.All(id => ReferenceDecision.ActiveAt(w.State.Authorizations.Single(a => a.Id == id), w.Now)),
            iter: Cases, print: w => w.ToString());

    [Fact]
    public void PsychotherapyNotes_ReachTheirHolderAlone() =>
        AccessWorld.Gen.Sample(w =>
            w.Item.Category != Category.PsychotherapyNote || Decide(w).IsAllowed == (w.Reader.Person == w.Item.Holder),
            iter: Cases, print: w => w.ToString());

    [Fact]
    public void NonMembers_AreNeverAllowed_AndAreToldNothingExists() =>
        AccessWorld.Gen.Sample(w =>
            w.Reader.Person != w.Outsider || w.Item.Holder == w.Outsider || w.Item.Author == w.Outsider
            || Decide(w) is AccessVerdict.Denied { Reason: DenialReason.NotOnCase },
            iter: Cases, print: w => w.ToString());

    [Fact]
    public void Administrators_ReachAttendanceOnly() =>
        AccessWorld.Gen.Sample(w =>
            w.Reader.Person != w.Administrator || !Decide(w).IsAllowed || w.Item.Category == Category.Attendance,
            iter: Cases, print: w => w.ToString());

    [Fact]
    public void EveryAllowedRead_NamesItsRule_AndTheAuthorizationOfEveryOtherSubjectPartner() =>
        AccessWorld.Gen.Sample(w =>
        {
            if (Decide(w) is not AccessVerdict.Allowed allowed)
            {
                return true;
            }

            if (!Enum.IsDefined(allowed.Rule))
            {
                return false;
            }

            if (allowed.Rule != AccessRule.AudienceWithConsent)
            {
                return allowed.Authorizations.Count == 0;
            }

            var needed = AccessDecision.SubjectPartnersOf(w.Item.Subject)
                .Select(w.PartnerPerson)
                .Where(p => p != w.Item.Author && p != w.Reader.Person)
                .ToList();
            return allowed.Authorizations.Count == needed.Count
                && needed.All(p => allowed.Authorizations.Any(id => w.State.Authorizations.Single(a => a.Id == id).GrantedBy == p));
        }, iter: Cases, print: w => w.ToString());

    [Fact]
    public void CoupleItems_BeyondThePartnersAndTheirHolder_NeedBothPartnersAuthorizations() =>
        AccessWorld.Gen.Sample(w =>
        {
            var beyond = w.Item.Subject == ItemSubject.Couple
                && !w.ReaderRoles.Any(r => r.IsPartner())
                && w.Reader.Person != w.Item.Holder
                && w.Reader.Person != w.Item.Author
                && w.Reader.Person != w.Administrator
                && !w.State.RolesOf(w.Item.Author).Any(r => r.IsPartner());
            if (!beyond || !Decide(w).IsAllowed)
            {
                return true;
            }

            return new[] { PartnerRole.BetrayedPartner, PartnerRole.InvolvedPartner }.All(partner =>
                w.State.Authorizations.Any(a => a.GrantedBy == w.PartnerPerson(partner) && a.CaseId == w.Item.CaseId && ReferenceDecision.ActiveAt(a, w.Now) && ReferenceDecision.Reaches(a, w.Item.Category, w.Reader.Person, w.ReaderRoles)));
        }, iter: Cases, print: w => w.ToString());

    /// <summary>The product's decision agrees with the rules as DESIGN.md states them, written again apart from it.</summary>
    [Fact]
    public void EveryDecision_AgreesWithTheRulesAsWritten() =>
        AccessWorld.Gen.Sample(w =>
        {
            var expected = ReferenceDecision.Decide(w.Reader, w.Item, w.State, w.Now);
            return Decide(w) switch
            {
                AccessVerdict.Allowed allowed => expected.Allowed
                    && allowed.Rule == expected.Rule
                    && allowed.Authorizations.Count == expected.ConsentChoices.Count
                    && expected.ConsentChoices.All(choice => allowed.Authorizations.Count(choice.Contains) == 1),
                AccessVerdict.Denied denied => !expected.Allowed && (denied.Reason == DenialReason.NotOnCase) == expected.ReaderIsOutsider,
                _ => false,
            };
        }, iter: Cases * 3, print: w => w.ToString());

    [Fact]
    public void ThePropertiesAreNotVacuous_SomeReadsAreAllowedThroughAuthorizations()
    {
        var throughConsent = 0;
        AccessWorld.Gen.Sample(w =>
        {
            if (Decide(w) is AccessVerdict.Allowed { Rule: AccessRule.AudienceWithConsent, Authorizations.Count: > 0 })
            {
                Interlocked.Increment(ref throughConsent);
            }
        }, iter: Cases);

        Assert.True(throughConsent > Cases / 300, $"only {throughConsent} of {Cases} generated reads went through an authorization");
    }
}
