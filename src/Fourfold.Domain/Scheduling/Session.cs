using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Scheduling;

/// <summary>
/// A session of a case: its kind, who takes part, when (an instant; every reader sees it in their own zone) and for how
/// long. It is booked, perhaps moved, perhaps cancelled; once it has started, a professional who took part marks who
/// attended.
/// </summary>
public sealed class Session : ICaseScoped
{
    private readonly List<SessionParticipant> participants = [];

    private Session()
    {
    }

    public SessionId Id { get; private set; }

    public CaseId CaseId { get; private set; }

    public SessionKind Kind { get; private set; }

    /// <summary>The partner a one-partner session is for.</summary>
    public PartnerRole? Partner { get; private set; }

    /// <summary>An individual session with the couples therapist held as part of the assessment.</summary>
    public bool IsForAssessment { get; private set; }

    public Instant Start { get; private set; }

    public int Minutes { get; private set; }

    /// <summary>Kept beside the start, so that a calendar's busy time is found by a range query.</summary>
    public Instant End { get; private set; }

    public SessionStatus Status { get; private set; }

    public PersonId BookedBy { get; private set; }

    public Instant BookedAt { get; private set; }

    public PersonId? ChangedBy { get; private set; }

    public Instant? ChangedAt { get; private set; }

    /// <summary>Where it happens, shown only to those taking part; null when not said.</summary>
    public string? Place { get; private set; }

    /// <summary>The video meeting's address, shown only to those taking part; null when not said.</summary>
    public string? VideoLink { get; private set; }

    public SessionVenue Venue => SessionVenue.From(Place, VideoLink, new Dictionary<string, string>()) ?? SessionVenue.None;

    /// <summary>When the reminder went out to the participants; null until it has.</summary>
    public Instant? ReminderSentAt { get; private set; }

    public IReadOnlyList<SessionParticipant> Participants => participants;

    public bool IsBooked => Status == SessionStatus.Booked;

    /// <summary>Whether both partners take part: for a partner's meeting with the other's therapist, that the client joined it.</summary>
    public bool IncludesBothPartners =>
        participants.Any(p => p.Role == CaseRole.BetrayedPartner) && participants.Any(p => p.Role == CaseRole.InvolvedPartner);

    public Interval Time => new(Start, End);

    public static Session Book(SessionBookingCheck check, PersonId bookedBy, Instant now, SessionVenue? venue = null)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!check.IsValid)
        {
            throw new DomainRuleViolation("A session is booked only once its booking check has passed.");
        }

        var request = check.Request;
        var session = new Session
        {
            Id = SessionId.From(Guid.CreateVersion7(now.ToDateTimeOffset())),
            CaseId = check.CaseId,
            Kind = request.Kind!.Value,
            Partner = request.Kind.Value.IsForOnePartner() ? request.Partner : null,
            IsForAssessment = request.Kind == SessionKind.IndividualWithCouplesTherapist && request.IsForAssessment,
            Start = request.Start!.Value,
            Minutes = request.Minutes,
            End = request.Start.Value + Duration.FromMinutes(request.Minutes),
            Status = SessionStatus.Booked,
            BookedBy = bookedBy,
            BookedAt = now,
            Place = venue?.Place,
            VideoLink = venue?.VideoLink,
        };
        session.participants.AddRange(check.Participants.Select(p => new SessionParticipant(p.Person, p.Role)));
        return session;
    }

    /// <summary>Moves a booked session that has not started to the time a new booking check approved.</summary>
    public void Reschedule(SessionBookingCheck check, PersonId by, Instant now)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!IsBooked || Start <= now)
        {
            throw new DomainRuleViolation("Only a booked session that has not started can be moved.");
        }

        if (!check.IsValid || check.Request.Kind != Kind || !check.Participants.Select(p => p.Person).ToHashSet().SetEquals(participants.Select(p => p.Person)))
        {
            throw new DomainRuleViolation("A session is moved only to a time its booking check approved, with the same people.");
        }

        Start = check.Request.Start!.Value;
        Minutes = check.Request.Minutes;
        End = Start + Duration.FromMinutes(Minutes);
        ReminderSentAt = null;
        ChangedBy = by;
        ChangedAt = now;
    }

    /// <summary>Says where a booked session that has not started happens.</summary>
    public void HoldAt(SessionVenue venue, PersonId by, Instant now)
    {
        ArgumentNullException.ThrowIfNull(venue);
        if (!IsBooked || Start <= now)
        {
            throw new DomainRuleViolation("Only a booked session that has not started can change where it happens.");
        }

        Place = venue.Place;
        VideoLink = venue.VideoLink;
        ChangedBy = by;
        ChangedAt = now;
    }

    public void Cancel(PersonId by, Instant now)
    {
        if (!IsBooked)
        {
            throw new DomainRuleViolation("This session is already cancelled.");
        }

        Status = SessionStatus.Cancelled;
        ChangedBy = by;
        ChangedAt = now;
    }

    /// <summary>Records who came, once the session has started; only a professional who took part may.</summary>
    public void MarkAttendance(PersonId by, IReadOnlyDictionary<PersonId, Attendance> attendance, Instant now)
    {
        ArgumentNullException.ThrowIfNull(attendance);
        if (!IsBooked || now < Start)
        {
            throw new DomainRuleViolation("Attendance is marked once a booked session has started.");
        }

        if (!MayBeChangedBy(by))
        {
            throw new DomainRuleViolation("Attendance is marked by a professional who took part.");
        }

        foreach (var participant in participants)
        {
            if (attendance.TryGetValue(participant.Person, out var marked) && Enum.IsDefined(marked))
            {
                participant.Mark(marked);
            }
        }

        ChangedBy = by;
        ChangedAt = now;
    }

    public void RecordReminderSent(Instant now) => ReminderSentAt = now;

    public bool Includes(PersonId person) => participants.Any(p => p.Person == person);

    /// <summary>A session is moved, cancelled or marked by a professional who takes part in it, and by no one else.</summary>
    public bool MayBeChangedBy(PersonId person) => participants.Any(p => p.Person == person && p.Role.IsProfessional());
}
