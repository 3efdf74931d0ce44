using Fourfold.Domain.Cases;

namespace Fourfold.Domain.Tests.Cases;

public sealed class PartnerPageAccessTests
{
    [Theory]
    [InlineData(CaseRole.BetrayedPartner, PartnerRole.BetrayedPartner, true)]
    [InlineData(CaseRole.InvolvedPartner, PartnerRole.BetrayedPartner, false)]
    [InlineData(CaseRole.BetrayedPartner, PartnerRole.InvolvedPartner, false)]
    [InlineData(CaseRole.SupportOfBetrayedPartner, PartnerRole.BetrayedPartner, true)]
    [InlineData(CaseRole.SupportOfBetrayedPartner, PartnerRole.InvolvedPartner, false)]
    [InlineData(CaseRole.SupportOfInvolvedPartner, PartnerRole.InvolvedPartner, true)]
    [InlineData(CaseRole.CouplesTherapist, PartnerRole.BetrayedPartner, true)]
    [InlineData(CaseRole.CouplesTherapist, PartnerRole.InvolvedPartner, true)]
    public void MayView_FollowsTheReadersRole(CaseRole readerRole, PartnerRole page, bool expected) =>
        Assert.Equal(expected, PartnerPageAccess.MayView(new HashSet<CaseRole> { readerRole }, page));

    [Fact]
    public void MayView_WithNoRoleInTheCase_IsRefused() =>
        Assert.False(PartnerPageAccess.MayView(new HashSet<CaseRole>(), PartnerRole.BetrayedPartner));
}
