using Fourfold.Data.Identity;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Web.Features.Demo;

/// <summary>
/// The Holt couple's check-ins and homework, written through the same rules a couple and their team use: Dana's safety
/// check-ins over three weeks for different readers, a couple check-in from each partner, and homework from the last
/// joint session with a note of Dana's flagged for Sam Ortiz's agenda, a topic from each for the next joint session, how Dana's hardest disclosure landed, and Chris's answer to her check-in, so that every persona sees a different part.
/// </summary>
internal sealed class DemoAccountability(Dictionary<DemoAccount, FourfoldUser> people, Instant now)
{
    public List<(CheckIn CheckIn, ClinicalItem Words)> CheckIns { get; } = [];

    public List<(Homework Homework, ClinicalItem Words)> Homework { get; } = [];

    public List<(HomeworkLog Log, ClinicalItem Words)> Logs { get; } = [];

    public List<(AgendaTopic Topic, ClinicalItem Words)> Topics { get; } = [];

    public List<(Reply Reply, ClinicalItem Words)> Replies { get; } = [];

    public void Holt(Case holt, IReadOnlyList<(Domain.Agreements.Disclosure Disclosure, ClinicalItem Words)> disclosed)
    {
        var dana = DemoAccounts.DanaHolt;
        var chris = DemoAccounts.ChrisHolt;
        var sam = people[DemoAccounts.SamOrtiz].PersonId;
        var maya = people[DemoAccounts.MayaLee].PersonId;
        var alex = people[DemoAccounts.AlexKim].PersonId;
        var chrisId = people[chris].PersonId;
        var danaId = people[dana].PersonId;
        var safety = new (int DaysAgo, int Safety, string? Help, Domain.People.PersonId[] Readers)[]
        {
            (20, 3, "Knowing where Chris is in the evenings without having to ask.", [sam]),
            (16, 4, null, [sam, maya]),
            (12, 2, "His birthday message shook me. I need a quiet evening and to talk to Sam.", [sam]),
            (9, 4, null, []),
            (6, 5, "The Sunday contacts check helps more than I expected.", [sam, maya]),
            (3, 4, null, [sam]),
            (1, 6, "A walk together without talking about any of it.", [sam, maya, chrisId]),
        };
        foreach (var (daysAgo, level, help, readers) in safety)
        {
            CheckIn(holt, dana, daysAgo, new CheckInDraft(CheckInKind.Safety, Safety: level, WhatWouldHelp: help, Audience: [], AudiencePeople: readers));
        }

        var late = disclosed.OrderBy(d => d.Disclosure.RecordedAt).Last().Words;
        Answer(holt, dana, 1, late, new ReplyDraft("It hurt that you waited four days. It helped that you told me yourself, and that you said why.", AudiencePeople: [sam]));

        CheckIn(holt, dana, 5, new CheckInDraft(CheckInKind.Couple,
            Feelings: "Tired, and a little hopeful after Sunday.",
            Appreciation: "You showed me the new contacts before I asked.",
            Needs: "To hear about your sessions in your own words, not only that they happened.",
            Audience: [], AudiencePeople: [chrisId, maya]));
        Answer(holt, chris, 4, CheckIns[^1].Words, new ReplyDraft("to hear about my sessions from me, not only that they happened. After each one I will tell you one thing I learned.",
            Starter: "What I hear you needing is", AudiencePeople: [maya]));
        CheckIn(holt, chris, 5, new CheckInDraft(CheckInKind.Couple,
            Feelings: "Nervous before we sit down, calmer after.",
            Appreciation: "You told me when the evening was getting hard, instead of going quiet.",
            Ownership: "I went quiet on Thursday when you asked about the trip. That left you alone with it.",
            Steps: "Ninety-one days. Two meetings this week and a call with my sponsor.",
            Audience: [], AudiencePeople: [danaId, alex]));

        var evenings = Set(holt, 9, new HomeworkDraft("Three evening check-ins this week, twenty minutes each, using FANOS",
            "Sit somewhere comfortable, phones away. Take turns through the five prompts. The listener only says “thank you”; questions wait for our next session.",
            HomeworkFor.Both, null, [CaseRole.SupportOfBetrayedPartner, CaseRole.SupportOfInvolvedPartner]));
        var letter = Set(holt, 9, new HomeworkDraft("Write down what helps you feel safe on a hard evening",
            "A short list is enough. We will use it to plan the evenings around the disclosure.", HomeworkFor.BetrayedPartner, null, [CaseRole.SupportOfBetrayedPartner]));
        Set(holt, 9, new HomeworkDraft("Notice the moments you want to keep something back",
            "Each time, write a line: what it was, what you felt, what you did instead. Bring the page to your next session with Dr. Kim.",
            HomeworkFor.InvolvedPartner, null, [CaseRole.SupportOfInvolvedPartner]));

        Log(holt, dana, 3, evenings, new HomeworkLogDraft(
            "We managed two of the three evenings. The second one I could not get past feelings: everything came back at once. I would like to understand why that happens.",
            BringToIndividualSession: true, Audience: []));
        Log(holt, chris, 3, evenings, new HomeworkLogDraft(
            "Two evenings. Saying “thank you” and nothing else was harder than I thought, and it helped.",
            Audience: [CaseRole.BetrayedPartner, CaseRole.CouplesTherapist]));
        Raise(holt, dana, 2, new AgendaTopicDraft(AgendaTopicKind.Topic, "What we say to my parents when they visit at Christmas."));
        Raise(holt, chris, 1, new AgendaTopicDraft(AgendaTopicKind.Topic, "How I can ask how Dana's day went without it sounding like checking up."));

        Log(holt, dana, 2, letter, new HomeworkLogDraft(
            "A bath, my sister on the phone, and knowing the plan for the evening before it starts.", Audience: [CaseRole.CouplesTherapist]));
    }

    private void CheckIn(Case target, DemoAccount partner, int daysAgo, CheckInDraft draft)
    {
        var at = At(daysAgo, 21);
        CheckIns.Add(Domain.Accountability.CheckIn.Record(Context(target, people[partner].PersonId, at), draft, at));
    }

    /// <summary>Set by the couples therapist in a joint session, due a week later.</summary>
    private (Homework Homework, ClinicalItem Words) Set(Case target, int daysAgo, HomeworkDraft draft)
    {
        var at = At(daysAgo, 17);
        var set = Domain.Accountability.Homework.Set(Context(target, people[DemoAccounts.MayaLee].PersonId, at), draft with { DueOn = Day(daysAgo - 7) }, at);
        Homework.Add(set);
        return set;
    }

    private void Log(Case target, DemoAccount partner, int daysAgo, (Homework Homework, ClinicalItem Words) homework, HomeworkLogDraft draft)
    {
        var at = At(daysAgo, 22);
        Logs.Add(HomeworkLog.Write(Context(target, people[partner].PersonId, at), draft, homework.Homework, at));
    }

    private void Raise(Case target, DemoAccount partner, int daysAgo, AgendaTopicDraft draft)
    {
        var at = At(daysAgo, 20);
        Topics.Add(AgendaTopic.Raise(Context(target, people[partner].PersonId, at), draft, at));
    }

    private void Answer(Case target, DemoAccount partner, int daysAgo, ClinicalItem to, ReplyDraft draft)
    {
        var at = At(daysAgo, 22);
        Replies.Add(Reply.Write(Context(target, people[partner].PersonId, at), draft, to.Id, to.Kind, to.Author, at));
    }

    private Instant At(int daysAgo, int hour) => now - Duration.FromDays(daysAgo) + Duration.FromHours(hour);

    private LocalDate Day(int daysAgo) => (now - Duration.FromDays(daysAgo)).InUtc().Date;

    private static AuthoringContext Context(Case target, Domain.People.PersonId author, Instant at) =>
        new(target.Id, author, target.ActiveRoles(), null, target.CouplesPolicy, at.InUtc().Date);
}
