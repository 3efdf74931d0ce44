namespace Fourfold.Domain.People;

public enum ProfessionKind
{
    Therapist = 1,
    Coach = 2,
}
