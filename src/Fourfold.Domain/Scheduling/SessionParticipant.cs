using Fourfold.Domain.Cases;
using Fourfold.Domain.People;

namespace Fourfold.Domain.Scheduling;

/// <summary>Whether someone came to a session, as a professional marks it afterwards.</summary>
public enum Attendance
{
    NotMarked = 0,
    Attended = 1,
    Absent = 2,
}

/// <summary>One person in a session, in the case role they take part in.</summary>
public sealed class SessionParticipant
{
    public SessionParticipant(PersonId person, CaseRole role)
    {
        Person = person;
        Role = role;
    }

    public PersonId Person { get; private set; }

    public CaseRole Role { get; private set; }

    public Attendance Attendance { get; private set; }

    internal void Mark(Attendance attendance) => Attendance = attendance;
}
