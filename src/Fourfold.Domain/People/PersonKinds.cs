namespace Fourfold.Domain.People;

public static class PersonKinds
{
    /// <summary>Professionals and administrators reach client data, so their sign-in always needs a second factor.</summary>
    public static bool MustUseSecondFactor(this PersonKind kind) => kind switch
    {
        PersonKind.Client => false,
        PersonKind.Professional => true,
        PersonKind.PracticeAdministrator => true,
    };
}
