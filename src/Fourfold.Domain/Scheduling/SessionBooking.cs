using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Policies;
using NodaTime;

namespace Fourfold.Domain.Scheduling;

/// <summary>
/// Decides whether a session may be booked (or moved): a kind the case's team can hold, booked by a professional who
/// takes part, in the future, of a sensible length, allowed by the couples therapist's policy when they take part,
/// and at a time when everyone is free (with the buffer around their other sessions).
/// </summary>
public static class SessionBooking
{
    public static SessionBookingCheck Check(BookingContext context, SessionRequest request, SessionId? movingSession = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var problems = new Dictionary<string, string>();
        var participants = new List<SessionParticipant>();
        BookingRefusal? refusal = null;

        if (request.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            problems[nameof(SessionRequest.Kind)] = "Choose the kind of session.";
        }
        else if (kind.IsForOnePartner() && (request.Partner is not { } partner || !Enum.IsDefined(partner)))
        {
            problems[nameof(SessionRequest.Partner)] = "Choose which partner this session is for.";
        }
        else
        {
            var hasCouplesTherapist = context.Roles.Values.Any(roles => roles.Contains(CaseRole.CouplesTherapist));
            foreach (var role in kind.RolesFor(request.Partner, hasCouplesTherapist, request.WithTheirClient))
            {
                // A role may have more than one holder (a partner with two supports): the booker takes their own place.
                var holder = context.Roles.Where(pair => pair.Value.Contains(role)).Select(pair => pair.Key)
                    .OrderBy(person => person == context.Booker ? 0 : 1).FirstOrDefault();
                if (holder == default)
                {
                    problems[nameof(SessionRequest.Kind)] = $"This case has no {Missing(role)} yet, so this session cannot be booked.";
                    break;
                }

                if (!participants.Any(p => p.Person == holder))
                {
                    participants.Add(new SessionParticipant(holder, role));
                }
            }

            if (!problems.ContainsKey(nameof(SessionRequest.Kind)) && !participants.Any(p => p.Person == context.Booker && p.Role.IsProfessional()))
            {
                problems[nameof(SessionRequest.Kind)] = "Sessions are booked by a professional who takes part in them.";
            }

            if (!problems.ContainsKey(nameof(SessionRequest.Kind)) && participants.Any(p => p.Role == CaseRole.CouplesTherapist))
            {
                CouplesSessionRequest couplesRequest = kind == SessionKind.IndividualWithCouplesTherapist
                    ? new CouplesSessionRequest.Individual(request.Partner!.Value, request.IsForAssessment)
                    : new CouplesSessionRequest.Joint();
                var verdict = CouplesTherapistBooking.MayBookWithCouplesTherapist(
                    movingSession is null ? context.CouplesFacts : WithoutTheSessionMoved(context.CouplesFacts, kind, request.Partner), couplesRequest);
                if (!verdict.IsAllowed)
                {
                    refusal = verdict.Refusal;
                    problems[nameof(SessionRequest.Kind)] = verdict.Explanation;
                }
            }
        }

        if (request.Minutes < SessionRequest.ShortestMinutes || request.Minutes > SessionRequest.LongestMinutes || request.Minutes % 5 != 0)
        {
            problems[nameof(SessionRequest.Minutes)] = $"A session lasts {SessionRequest.ShortestMinutes} to {SessionRequest.LongestMinutes} minutes, in steps of 5.";
        }

        if (request.Start is not { } start)
        {
            problems[nameof(SessionRequest.Start)] = "Choose when the session starts.";
        }
        else if (start <= context.Now)
        {
            problems[nameof(SessionRequest.Start)] = "Choose a time that has not passed.";
        }
        else if (!SessionRequest.IsWithinReach(start, context.Now))
        {
            problems[nameof(SessionRequest.Start)] = $"Sessions can be booked up to {SessionRequest.BookableYearsAhead} years ahead. Choose an earlier time.";
        }
        else if (!problems.ContainsKey(nameof(SessionRequest.Minutes)) && participants.Count > 0)
        {
            var busy = participants.Where(p => !IsFree(context, p.Person, new Interval(start, start + Duration.FromMinutes(request.Minutes)))).ToList();
            if (busy.Count > 0)
            {
                problems[nameof(SessionRequest.Start)] =
                    $"{string.Join(" and ", busy.Select(p => context.Names.GetValueOrDefault(p.Person, "Someone")))} {(busy.Count == 1 ? "has" : "have")} another session then (with {context.Buffer.TotalMinutes:0} minutes between sessions). Choose another time.";
            }
        }

        return new SessionBookingCheck(context.CaseId, request, participants, problems, refusal);
    }

    /// <summary>Whether a person has no other session within the buffer of <paramref name="time"/>.</summary>
    public static bool IsFree(BookingContext context, PersonId person, Interval time)
    {
        ArgumentNullException.ThrowIfNull(context);
        return !context.Busy.TryGetValue(person, out var busy)
            || !busy.Any(b => b.Start - context.Buffer < time.End && time.Start < b.End + context.Buffer);
    }

    private static string Missing(CaseRole role) => role switch
    {
        CaseRole.BetrayedPartner => "betrayed partner",
        CaseRole.InvolvedPartner => "involved partner",
        CaseRole.SupportOfBetrayedPartner => "therapist or coach for the betrayed partner",
        CaseRole.SupportOfInvolvedPartner => "therapist or coach for the involved partner",
        _ => "couples therapist",
    };

    /// <summary>A session being moved does not count against its own partner's individual sessions.</summary>
    private static CouplesTherapistBookingFacts WithoutTheSessionMoved(CouplesTherapistBookingFacts facts, SessionKind kind, PartnerRole? partner) =>
        kind != SessionKind.IndividualWithCouplesTherapist ? facts
        : partner == PartnerRole.BetrayedPartner ? facts with { BetrayedPartnerIndividualSessions = Math.Max(0, facts.BetrayedPartnerIndividualSessions - 1) }
        : facts with { InvolvedPartnerIndividualSessions = Math.Max(0, facts.InvolvedPartnerIndividualSessions - 1) };
}
