using System.Text;
using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using Fourfold.Domain.Scheduling;
using NodaTime;

namespace Fourfold.Domain.PartnerMeetings;

/// <summary>
/// A partner's request to meet the other partner's therapist or coach. The other partner is asked first, and the
/// therapist only once they agree; the therapist accepts or declines, and the meeting is booked as a session. What the
/// requesting partner prepares (their questions, and up to three concerns sent with the plain statement that no answer
/// is expected) is their item, read by the therapist from the moment the other partner agrees. A therapist who does
/// not take information from partners is never sent concerns.
/// </summary>
public sealed class MeetingRequest : ICaseScoped
{
    public const int MostQuestions = 12;
    public const int MaxQuestionLength = 500;
    public const int MostConcerns = 3;
    public const int MaxConcernLength = 1_000;

    private MeetingRequest()
    {
        Answers = [];
    }

    public Guid Id { get; private set; }

    public CaseId CaseId { get; private set; }

    public PersonId RequestedBy { get; private set; }

    public PartnerRole Requester { get; private set; }

    /// <summary>The other partner's therapist or coach, asked to meet.</summary>
    public PersonId Therapist { get; private set; }

    public MeetingRequestStatus Status { get; private set; }

    public Instant AskedAt { get; private set; }

    public PersonId? PartnerAnsweredBy { get; private set; }

    public Instant? PartnerAnsweredAt { get; private set; }

    public Instant? TherapistAnsweredAt { get; private set; }

    /// <summary>Whether the therapist's client joins the meeting: yes, unless the therapist decides otherwise.</summary>
    public bool ClientAttends { get; private set; } = true;

    public SessionId? Session { get; private set; }

    /// <summary>Whether what was prepared carries concerns: then it reaches only a therapist who takes information from partners.</summary>
    public bool SendsConcerns { get; private set; }

    /// <summary>The item holding what the requesting partner prepared.</summary>
    public ItemId Preparation { get; private set; }

    /// <summary>The therapist's written answers after the meeting, by the id of each answer's item.</summary>
    public List<Guid> Answers { get; private set; }

    /// <summary>Moves with every change, so that two answers given at once cannot both be saved.</summary>
    public int Revision { get; private set; }

    public PartnerRole Client => Requester.Other();

    public bool IsOpen => Status is MeetingRequestStatus.AwaitingPartner or MeetingRequestStatus.AwaitingTherapist or MeetingRequestStatus.Accepted;

    /// <summary>
    /// The request itself (who asked whom, and where it stands) is for the two partners, and for the therapist asked
    /// from the moment the other partner agrees: a request they did not agree to never reaches the therapist.
    /// </summary>
    public ItemFacts Facts => new(Id, CaseId, RequestedBy, RequestedBy, Authorship.SubjectOf(Requester), Category.PlanAndProgress,
        new Audience(new HashSet<CaseRole> { CaseRole.BetrayedPartner, CaseRole.InvolvedPartner },
            Status is MeetingRequestStatus.AwaitingPartner or MeetingRequestStatus.DeclinedByPartner ? new HashSet<PersonId>() : new HashSet<PersonId> { Therapist }));

    /// <summary>Checks a request field by field; empty when it may be sent.</summary>
    public static Dictionary<string, string> Check(AuthoringContext context, PersonId therapist, bool acceptsInformationFromPartners,
        IReadOnlyList<string> questions, IReadOnlyList<string> concerns)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(concerns);
        var problems = new Dictionary<string, string>();
        if (context.AuthorPartner is not { } partner)
        {
            problems["Therapist"] = MeetingWording.Explain(MeetingRefusal.OnlyAPartnerAsks);
            return problems;
        }

        if (!(context.ActiveRoles.GetValueOrDefault(therapist)?.Contains(partner.Other().SupportRole()) ?? false))
        {
            problems["Therapist"] = MeetingWording.Explain(MeetingRefusal.NotTheOtherPartnersSupport);
        }

        var asked = Texts(questions);
        if (asked.Count == 0)
        {
            problems["Questions"] = MeetingWording.Explain(MeetingRefusal.NoQuestions);
        }
        else if (asked.Count > MostQuestions)
        {
            problems["Questions"] = MeetingWording.Explain(MeetingRefusal.TooManyQuestions);
        }
        else if (asked.Any(q => q.Length > MaxQuestionLength))
        {
            problems["Questions"] = MeetingWording.Explain(MeetingRefusal.QuestionTooLong);
        }

        var sent = Texts(concerns);
        if (sent.Count > 0 && !acceptsInformationFromPartners)
        {
            problems["Concerns"] = MeetingWording.Explain(MeetingRefusal.TakesNoInformationFromPartners);
        }
        else if (sent.Count > MostConcerns)
        {
            problems["Concerns"] = MeetingWording.Explain(MeetingRefusal.TooManyConcerns);
        }
        else if (sent.Any(c => c.Length > MaxConcernLength))
        {
            problems["Concerns"] = MeetingWording.Explain(MeetingRefusal.ConcernTooLong);
        }

        return problems;
    }

    /// <summary>Sends a checked request to the other partner first; the preparation is the requesting partner's item, for them alone until then.</summary>
    public static (MeetingRequest Request, ClinicalItem Preparation) Ask(AuthoringContext context, PersonId therapist, string therapistName, bool acceptsInformationFromPartners,
        IReadOnlyList<string> questions, IReadOnlyList<string> concerns, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Check(context, therapist, acceptsInformationFromPartners, questions, concerns) is { Count: > 0 } problems)
        {
            var (field, message) = problems.First();
            throw new DomainRuleViolation(message, field);
        }

        var partner = context.AuthorPartner!.Value;
        var content = new ItemContent($"Preparing to meet {therapistName}", Body(Texts(questions), Texts(concerns)), context.Today);
        var words = ClinicalItem.WriteOwnWorkflow(context, ItemKind.MeetingPreparation, Authorship.SubjectOf(partner), content, [partner.AsCaseRole()], [], now);
        var request = new MeetingRequest
        {
            Id = Guid.CreateVersion7(now.ToDateTimeOffset()),
            CaseId = context.CaseId,
            RequestedBy = context.Author,
            Requester = partner,
            Therapist = therapist,
            Status = MeetingRequestStatus.AwaitingPartner,
            AskedAt = now,
            Preparation = words.Id,
            SendsConcerns = Texts(concerns).Count > 0,
        };
        return (request, words);
    }

    /// <summary>The other partner agrees, and the therapist is asked with the preparation; or they do not, and nobody is asked.</summary>
    public MeetingRefusal? AnswerAsPartner(PersonId by, IReadOnlySet<CaseRole> roles, bool agrees, ClinicalItem preparation, Instant now)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(preparation);
        if (!roles.Contains(Client.AsCaseRole()))
        {
            return MeetingRefusal.NotTheOtherPartner;
        }

        if (Status != MeetingRequestStatus.AwaitingPartner)
        {
            return MeetingRefusal.NotAwaitingThePartner;
        }

        (PartnerAnsweredBy, PartnerAnsweredAt) = (by, now);
        Status = agrees ? MeetingRequestStatus.AwaitingTherapist : MeetingRequestStatus.DeclinedByPartner;
        if (agrees && preparation.Id == Preparation)
        {
            preparation.ShareWith(by, [Therapist.Value], now);
        }

        Revision++;
        return null;
    }

    /// <summary>The therapist accepts (deciding whether their client joins) or declines.</summary>
    public MeetingRefusal? AnswerAsTherapist(PersonId by, bool accepts, bool clientAttends, Instant now)
    {
        if (by != Therapist)
        {
            return MeetingRefusal.NotTheTherapistAsked;
        }

        if (Status != MeetingRequestStatus.AwaitingTherapist)
        {
            return MeetingRefusal.NotAwaitingTheTherapist;
        }

        TherapistAnsweredAt = now;
        Status = accepts ? MeetingRequestStatus.Accepted : MeetingRequestStatus.DeclinedByTherapist;
        ClientAttends = accepts && clientAttends;
        Revision++;
        return null;
    }

    /// <summary>The session the meeting is held in, booked by the therapist once accepted.</summary>
    public MeetingRefusal? Book(PersonId by, SessionId session)
    {
        if (by != Therapist)
        {
            return MeetingRefusal.NotTheTherapistAsked;
        }

        if (Status != MeetingRequestStatus.Accepted)
        {
            return MeetingRefusal.NotAccepted;
        }

        Session = session;
        Status = MeetingRequestStatus.Booked;
        Revision++;
        return null;
    }

    /// <summary>
    /// The therapist's written answer after accepting: about their client, for both partners. Whether the requesting
    /// partner may read it is the client's authorizations' to decide, like any item about them.
    /// </summary>
    public ClinicalItem WriteAnswer(AuthoringContext context, string? text, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        var said = (text ?? "").Trim();
        var refusal = context.Author != Therapist ? MeetingRefusal.NotTheTherapistAsked
            : Status is not (MeetingRequestStatus.Accepted or MeetingRequestStatus.Booked) ? MeetingRefusal.NotAccepted
            : said.Length == 0 ? MeetingRefusal.NothingWritten
            : said.Length > ItemContent.MaxBodyLength ? MeetingRefusal.AnswerTooLong
            : (MeetingRefusal?)null;
        if (refusal is { } refused)
        {
            throw new DomainRuleViolation(MeetingWording.Explain(refused), "Text");
        }

        var content = new ItemContent("After our meeting", said, context.Today);
        var words = ClinicalItem.WriteOwnWorkflow(context, ItemKind.MeetingAnswer, Authorship.SubjectOf(Client), content, [CaseRole.BetrayedPartner, CaseRole.InvolvedPartner], [], now);
        Answers.Add(words.Id.Value);
        Revision++;
        return words;
    }

    private static List<string> Texts(IEnumerable<string> texts) => [.. texts.Select(t => (t ?? "").Trim()).Where(t => t.Length > 0)];

    private static string Body(List<string> questions, List<string> concerns)
    {
        var body = new StringBuilder("**Questions I would like to ask**\n\n");
        for (var n = 0; n < questions.Count; n++)
        {
            body.Append(System.Globalization.CultureInfo.InvariantCulture, $"{n + 1}. {questions[n]}\n");
        }

        if (concerns.Count > 0)
        {
            body.Append("\n**My top concerns**\n\n_").Append(MeetingWording.NoAnswerExpected).Append("_\n\n");
            foreach (var concern in concerns)
            {
                body.Append("- ").Append(concern).Append('\n');
            }
        }

        return body.ToString().TrimEnd();
    }
}
