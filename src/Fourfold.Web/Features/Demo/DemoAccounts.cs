using Fourfold.Domain.People;

namespace Fourfold.Web.Features.Demo;

/// <summary>The people of the demo: two practices, their professionals, and three couples.</summary>
public static class DemoAccounts
{
    public static readonly DemoAccount MayaLee = new("maya.lee@harbor.example", "Dr. Maya Lee", PersonKind.Professional, "America/New_York", "MAYALEEFOURFOLD2", "Harbor Counseling · couples therapist on every demo case with one");
    public static readonly DemoAccount SamOrtiz = new("sam.ortiz@harbor.example", "Sam Ortiz", PersonKind.Professional, "America/New_York", "SAMORTIZFOURFOLD", "Harbor Counseling · individual therapist (Dana Holt, Avery Park)");
    public static readonly DemoAccount JordanBlake = new("jordan.blake@harbor.example", "Jordan Blake", PersonKind.Professional, "America/Chicago", "JORDANBLAKEFOURF", "Harbor Counseling · recovery coach (Riley Park)");
    public static readonly DemoAccount PriyaNair = new("priya.nair@harbor.example", "Priya Nair", PersonKind.PracticeAdministrator, "America/New_York", "PRIYANAIRFOURFOL", "Harbor Counseling · practice administrator");
    public static readonly DemoAccount AlexKim = new("alex.kim@westside.example", "Dr. Alex Kim", PersonKind.Professional, "America/Los_Angeles", "ALEXKIMFOURFOLDD", "Westside Recovery Therapy · individual therapist (Chris Holt)");
    public static readonly DemoAccount DanaHolt = new("dana.holt@example.com", "Dana Holt", PersonKind.Client, "America/New_York", null, "Holt case · betrayed partner");
    public static readonly DemoAccount ChrisHolt = new("chris.holt@example.com", "Chris Holt", PersonKind.Client, "America/New_York", null, "Holt case · involved partner");
    public static readonly DemoAccount MorganReed = new("morgan.reed@example.com", "Morgan Reed", PersonKind.Client, "America/New_York", null, "Reed case (new) · betrayed partner");
    public static readonly DemoAccount CaseyReed = new("casey.reed@example.com", "Casey Reed", PersonKind.Client, "America/New_York", null, "Reed case (new) · involved partner");
    public static readonly DemoAccount RileyPark = new("riley.park@example.com", "Riley Park", PersonKind.Client, "America/Chicago", null, "Park case · betrayed partner, supported by a coach");
    public static readonly DemoAccount AveryPark = new("avery.park@example.com", "Avery Park", PersonKind.Client, "America/Chicago", null, "Park case · involved partner");

    public static IReadOnlyList<DemoAccount> All { get; } =
        [MayaLee, SamOrtiz, JordanBlake, AlexKim, PriyaNair, DanaHolt, ChrisHolt, MorganReed, CaseyReed, RileyPark, AveryPark];
}
