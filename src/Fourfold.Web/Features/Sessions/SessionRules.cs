using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Scheduling;

namespace Fourfold.Web.Features.Sessions;

internal static class SessionRules
{
    /// <summary>A session is moved, cancelled or marked by a professional who takes part in it.</summary>
    public static bool MayChange(Session session, PersonId person) =>
        session.Participants.Any(p => p.Person == person && p.Role.IsProfessional());
}
