using Fourfold.Data.Identity;
using Fourfold.Domain.Access;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Web.Features.Demo;

/// <summary>
/// The demo cases' stories: history entries, summaries, notes and assessments by partners and professionals, and the
/// authorizations that let them travel, so that every demo persona sees a different, correct part of each story.
/// </summary>
internal sealed class DemoStory(Dictionary<DemoAccount, FourfoldUser> people, Instant now)
{
    private const CaseRole Betrayed = CaseRole.BetrayedPartner;
    private const CaseRole Involved = CaseRole.InvolvedPartner;
    private const CaseRole BetrayedSupport = CaseRole.SupportOfBetrayedPartner;
    private const CaseRole InvolvedSupport = CaseRole.SupportOfInvolvedPartner;
    private const CaseRole Couples = CaseRole.CouplesTherapist;

    public List<Authorization> Authorizations { get; } = [];

    public List<WrittenItem> Items { get; } = [];

    public void Holt(Case holt)
    {
        Authorize(holt, DemoAccounts.DanaHolt, PartnerRole.BetrayedPartner, daysAgo: 55);
        Authorize(holt, DemoAccounts.ChrisHolt, PartnerRole.InvolvedPartner, daysAgo: 54);

        Write(holt, DemoAccounts.DanaHolt, 58, ItemKind.HistoryEntry, ItemSubject.BetrayedPartner, [BetrayedSupport, Couples],
            "How I found out", 70,
            "In early September I saw messages on Chris's phone that made it clear there had been another relationship for about two years.\n\n" +
            "Since then I have been sleeping badly and checking his phone. I want to understand what happened, but at a pace I can manage.");
        Write(holt, DemoAccounts.ChrisHolt, 57, ItemKind.HistoryEntry, ItemSubject.InvolvedPartner, [InvolvedSupport, Couples],
            "What I have told Dana so far", 66,
            "I admitted the relationship when Dana asked about the messages. I have not yet told the whole truth about how long it went on.\n\n" +
            "I want to do this properly, with help, and not in pieces that keep hurting her.");
        Write(holt, DemoAccounts.MayaLee, 50, ItemKind.AssessmentSummary, ItemSubject.Couple, [Betrayed, Involved, BetrayedSupport, InvolvedSupport],
            "Couple intake assessment", 51,
            "**Conclusions.** Both partners want to stay together and to work through a full therapeutic disclosure. Dana shows signs of acute " +
            "betrayal trauma; Chris is early in recovery and motivated.\n\n**Plan.** Stabilise first: safety agreements and individual support for " +
            "each partner, then plan the disclosure with both individual therapists.",
            assessment: "Joint clinical interview and CSI-4");
        Write(holt, DemoAccounts.SamOrtiz, 45, ItemKind.SessionSummary, ItemSubject.BetrayedPartner, [Couples, InvolvedSupport],
            "Dana: stabilisation and sleep", 45,
            "We worked on grounding skills for the evenings and on a plan for moments when checking feels urgent. Dana named three questions she " +
            "needs answered in the disclosure; we will write the full list together.");
        Write(holt, DemoAccounts.AlexKim, 40, ItemKind.SessionSummary, ItemSubject.InvolvedPartner, [Couples, BetrayedSupport],
            "Chris: starting the disclosure timeline", 40,
            "Chris began a written timeline of the relationship. He is committed to completeness and understands that a staggered disclosure " +
            "would hurt Dana again. A first draft is planned within three weeks.");
        Write(holt, DemoAccounts.AlexKim, 33, ItemKind.ProgressNote, ItemSubject.InvolvedPartner, [],
            "Progress: accountability plan", 33,
            "Accountability plan in place: phone transparency agreed, weekly check-in with his support person, no contact with the affair partner since 12 weeks.");
        Write(holt, DemoAccounts.MayaLee, 30, ItemKind.SessionSummary, ItemSubject.Couple, [Betrayed, Involved, BetrayedSupport, InvolvedSupport],
            "Joint session: safety agreements", 30,
            "Dana and Chris agreed on three safety agreements: no contact with the affair partner, phone transparency on request, and a pause " +
            "word when a conversation becomes too much. Both will review them in two weeks.");
        Write(holt, DemoAccounts.MayaLee, 20, ItemKind.SessionSummary, ItemSubject.Couple, [BetrayedSupport, InvolvedSupport],
            "Individual assessment session with Chris", 20,
            "Under the no-secrets policy agreed at the start, Chris understands that what he shared here belongs to the joint work. He is " +
            "ready to plan the disclosure with Dr. Kim.",
            individualSessionWith: PartnerRole.InvolvedPartner);
        Write(holt, DemoAccounts.SamOrtiz, 14, ItemKind.PsychotherapyNote, ItemSubject.BetrayedPartner, [],
            "Session impressions", 14,
            "Strong reaction when the disclosure date came up; explore the fear of not being believed by family.");
        Write(holt, DemoAccounts.DanaHolt, 6, ItemKind.HistoryEntry, ItemSubject.Couple, [Involved, Couples],
            "A better week", 6,
            "We managed a calm walk on Sunday and talked about the children without arguing. I still have hard evenings, but fewer.");
    }

    public void Reed(Case reed)
    {
        Write(reed, DemoAccounts.MorganReed, 2, ItemKind.HistoryEntry, ItemSubject.BetrayedPartner, [Couples],
            "Why I asked for help", 3,
            "Casey told me last month about a relationship at work. I do not know yet whether I want to stay. I need a safe place to think it through.");
        Write(reed, DemoAccounts.MayaLee, 1, ItemKind.SessionSummary, ItemSubject.Couple, [Betrayed, Involved],
            "First joint session", 1,
            "We agreed on the structure of the work: the confidentiality policy, individual assessment sessions, and no decisions about the " +
            "relationship for now. Both partners will read and acknowledge the policy before the next session.");
    }

    public void Park(Case park)
    {
        Authorize(park, DemoAccounts.AveryPark, PartnerRole.InvolvedPartner, daysAgo: 19);

        Write(park, DemoAccounts.RileyPark, 18, ItemKind.HistoryEntry, ItemSubject.BetrayedPartner, [BetrayedSupport],
            "Where I am now", 19,
            "I found out about the compulsive behaviour in the spring. I feel numb most days. I want practical help with boundaries and with telling my sister.");
        Write(park, DemoAccounts.JordanBlake, 15, ItemKind.SessionSummary, ItemSubject.BetrayedPartner, [InvolvedSupport],
            "Coaching: boundaries and self-care", 15,
            "Riley drafted two boundaries (no secrets about finances; sleeping apart for now) and a weekly self-care plan.");
        Write(park, DemoAccounts.SamOrtiz, 10, ItemKind.SessionSummary, ItemSubject.InvolvedPartner, [BetrayedSupport],
            "Avery: first month of recovery work", 10,
            "Avery attends a weekly group and has 30 days of sobriety from the behaviour. We are working on honesty in small things and on " +
            "understanding the impact on Riley.");
        Write(park, DemoAccounts.SamOrtiz, 9, ItemKind.ProgressNote, ItemSubject.InvolvedPartner, [],
            "Progress note", 9,
            "Relapse-prevention plan drafted; triggers identified around travel for work.");
    }

    private void Authorize(Case target, DemoAccount partner, PartnerRole role, int daysAgo)
    {
        var at = now - Duration.FromDays(daysAgo);
        var person = people[partner];
        var terms = AuthorizationTerms.StandardTeam(role, at);
        var text = AuthorizationText.Render(person.DisplayName, role, terms, AuthorizationText.NamedRecipientsOf(target, role), AuthorizationText.RoleHoldersOf(target), DateTimeZone.Utc);
        Authorizations.Add(Authorization.Sign(target.Id, person.PersonId, role, person.DisplayName, terms, person.DisplayName, text, at));
    }

    private void Write(Case target, DemoAccount author, int daysAgo, ItemKind kind, ItemSubject subject, IReadOnlyList<CaseRole> audience,
        string title, int occurredDaysAgo, string body, string? assessment = null, PartnerRole? individualSessionWith = null)
    {
        var at = now - Duration.FromDays(daysAgo) + Duration.FromHours(15);
        var person = people[author];
        var roles = target.ActiveRoles();
        var context = new AuthoringContext(target.Id, person.PersonId, roles, person.Profile?.Profession, target.CouplesPolicy, now.InUtc().Date);
        var occurred = (now - Duration.FromDays(occurredDaysAgo)).InUtc().Date;
        var draft = new ItemDraft(kind, subject, audience, title, body, occurred, assessment, individualSessionWith);
        Items.Add(kind == ItemKind.PsychotherapyNote ? PsychotherapyNote.Write(context, draft, at) : ClinicalItem.Write(context, draft, at));
    }
}
