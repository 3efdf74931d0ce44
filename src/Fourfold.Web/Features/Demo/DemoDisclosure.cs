using Fourfold.Data.Identity;
using Fourfold.Domain.Cases;
using Fourfold.Domain.FullDisclosure;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Web.Features.Demo;

/// <summary>
/// The Holts' full disclosure, taken through the same rules the team uses: planned by Maya Lee with a polygraph after
/// it, Dana's four questions passed on by Sam Ortiz, and Chris writing: his first draft read by his side and Maya, his
/// second (answering three of the four questions) shared with Sam too, and Dana's safety plan for the day for Sam and
/// Maya. Dana sees her questions, her plan and where the disclosure stands, and no draft.
/// </summary>
internal sealed class DemoDisclosure(Dictionary<DemoAccount, FourfoldUser> people, Instant now)
{
    public DisclosureProcess? Process { get; private set; }

    public List<(DisclosureQuestion Question, ClinicalItem Words)> Questions { get; } = [];

    public List<(WrittenDisclosure Draft, ClinicalItem Words)> Drafts { get; } = [];

    /// <summary>Dana's safety plan for the day, for Sam Ortiz and Maya Lee.</summary>
    public List<ClinicalItem> Writings { get; } = [];

    public void Holt(Case holt)
    {
        var roles = holt.ActiveRoles();
        var maya = people[DemoAccounts.MayaLee].PersonId;
        var sam = people[DemoAccounts.SamOrtiz].PersonId;
        var process = DisclosureProcess.Start(holt.Id, maya, roles[maya], At(30, 18));
        process.SetPlan(new DisclosurePlan("Harbor Counseling, Dr. Lee's room on the second floor", InPerson: true, SupportPersonPresence.Online,
            PolygraphTiming.AfterDisclosure, "Jordan Ellis, licensed polygraph examiner", Day(-35)), roles[maya]);
        process.Advance(DisclosureStage.Questions, maya, roles[maya], At(28, 18));

        string[] asked =
        [
            "When did it start, and how long did it go on?",
            "Was there anyone else, before or during, that I do not know about?",
            "Did you spend our money on it, or bring anyone to our home?",
            "Is there any contact still going on, in any form?",
        ];
        for (var n = 0; n < asked.Length; n++)
        {
            var at = At(25 - (2 * n), 21);
            Questions.Add(DisclosureQuestion.Write(Context(holt, DemoAccounts.DanaHolt, at), process, asked[n], at));
        }

        process.Advance(DisclosureStage.Drafting, sam, roles[sam], At(14, 17));
        foreach (var (question, words) in Questions)
        {
            question.PassOn(words, sam, At(14, 17));
        }

        var passedOn = Questions.Select(q => q.Question.Id).ToHashSet();
        Write(holt, process, 10, passedOn, [0, 1], shareWithSam: false,
            """
            This is my first attempt. Alex asked me to write it all down before deciding what to leave out, and to leave nothing out.

            It started in March two years ago, with someone I met through work. It went on for about fourteen months, until the week before Dana found the messages.

            There was no one else during that time. Before it, there were two evenings on a dating app that did not go further than messages.
            """);
        Write(holt, process, 3, passedOn, [0, 1, 2], shareWithSam: true,
            """
            **When it started and how long.** It started in March two years ago with a colleague from the regional office. It went on for fourteen months and ended the week before Dana found the messages. I ended it then because I was afraid of being found out, not because I had decided to stop; I want Dana to know that.

            **Anyone else.** There was no one else during those fourteen months. Before it, for about six weeks, I used a dating app and messaged two people. I did not meet either of them.

            **Money and our home.** I spent about 2,400 dollars over the fourteen months on hotels and dinners, from the card I use for work travel, and I told myself it did not count because it was not our joint account. I never brought anyone to our home.
            """);
        var planned = At(2, 21);
        Writings.Add(DisclosureWriting.Write(Context(holt, DemoAccounts.DanaHolt, planned), process, ItemKind.DisclosureSafetyPlan,
            "Afterwards I call my sister Beth; she knows it is that day. I want to drive home alone first and have her come over at seven. No work the next day, and Sam on the phone the morning after.",
            [CaseRole.SupportOfBetrayedPartner, CaseRole.CouplesTherapist], planned));
        Process = process;
    }

    private void Write(Case holt, DisclosureProcess process, int daysAgo, IReadOnlySet<ItemId> passedOn, int[] answers, bool shareWithSam, string text)
    {
        var at = At(daysAgo, 20);
        Drafts.Add(WrittenDisclosure.Write(Context(holt, DemoAccounts.ChrisHolt, at), process, text, [.. answers.Select(n => Questions[n].Question.Id)], passedOn, shareWithSam, at));
    }

    private AuthoringContext Context(Case target, DemoAccount author, Instant at) =>
        new(target.Id, people[author].PersonId, target.ActiveRoles(), null, target.CouplesPolicy, at.InUtc().Date);

    private Instant At(int daysAgo, int hour) => now - Duration.FromDays(daysAgo) + Duration.FromHours(hour);

    private LocalDate Day(int daysAgo) => (now - Duration.FromDays(daysAgo)).InUtc().Date;
}
