using Fourfold.Data.Identity;
using Fourfold.Domain.Cases;
using Fourfold.Domain.PartnerMeetings;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Web.Features.Demo;

/// <summary>
/// The Parks' request, taken through the same rules a couple uses: Riley asks to meet Sam Ortiz, Avery's therapist,
/// with three questions and two concerns; Avery has agreed, and the request waits for Sam.
/// </summary>
internal sealed class DemoMeetings(Dictionary<DemoAccount, FourfoldUser> people, Instant now)
{
    public List<(MeetingRequest Request, ClinicalItem Preparation)> Requests { get; } = [];

    public void Park(Case park)
    {
        var riley = people[DemoAccounts.RileyPark].PersonId;
        var avery = people[DemoAccounts.AveryPark].PersonId;
        var sam = people[DemoAccounts.SamOrtiz];
        var asked = now - Duration.FromDays(4) + Duration.FromHours(20);
        var (request, preparation) = MeetingRequest.Ask(Context(park, riley, asked), sam.PersonId, sam.DisplayName, acceptsInformationFromPartners: true,
            [GuidingQuestions.All[0], GuidingQuestions.All[2], "How will I know whether Avery is keeping to the plan you made together?"],
            ["I am frightened of being told everything is fine when it is not.", "Avery's work trips are still the hardest part of each month for me."],
            asked);
        var agreed = asked + Duration.FromDays(1);
        request.AnswerAsPartner(avery, park.ActiveRoles()[avery], agrees: true, preparation, agreed);
        Requests.Add((request, preparation));
    }

    private static AuthoringContext Context(Case target, Domain.People.PersonId author, Instant at) =>
        new(target.Id, author, target.ActiveRoles(), null, target.CouplesPolicy, at.InUtc().Date);
}
