using Fourfold.Data.Conversions;
using Fourfold.Data.Scheduling;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;
using NodaTime.Text;

namespace Fourfold.Data.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("Sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId);
        builder.Ignore(s => s.Time);
        builder.Ignore(s => s.Venue);
        builder.HasIndex(s => new { s.CaseId, s.Start });

        // The reminder job looks for booked sessions starting soon whose reminder has not gone out.
        builder.HasIndex(s => new { s.Status, s.Start });
        builder.OwnsMany(s => s.Participants, participant =>
        {
            participant.ToTable("SessionParticipants");
            participant.WithOwner().HasForeignKey("SessionId");
            participant.HasKey("SessionId", nameof(SessionParticipant.Person));
            participant.HasIndex(p => p.Person);
        });
        builder.Navigation(s => s.Participants).HasField("participants").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AvailabilityConfiguration : IEntityTypeConfiguration<Availability>
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    public void Configure(EntityTypeBuilder<Availability> builder)
    {
        builder.ToTable("Availabilities");
        builder.HasKey(a => a.Person);
        builder.Ignore(a => a.IsSet);
        builder.OwnsMany(a => a.WeeklyHours, window =>
        {
            window.ToTable("AvailabilityWeeklyHours");
            window.WithOwner().HasForeignKey("Person");
            window.Property<int>("Id").ValueGeneratedOnAdd();
            window.HasKey("Id");
            window.Property(w => w.Start).HasConversion<LocalTimeConverter>();
            window.Property(w => w.End).HasConversion<LocalTimeConverter>();
        });
        builder.Navigation(a => a.WeeklyHours).HasField("weeklyHours").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(a => a.Extra, extra =>
        {
            extra.ToTable("AvailabilityExtraHours");
            extra.WithOwner().HasForeignKey("Person");
            extra.Property<int>("Id").ValueGeneratedOnAdd();
            extra.HasKey("Id");
            extra.Ignore(e => e.Time);
        });
        builder.Navigation(a => a.Extra).HasField("extraHours").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(a => a.DaysOff)
            .HasField("daysOff")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(
                days => string.Join(',', days.Select(Iso.Format)),
                stored => stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => Iso.Parse(d).Value).ToList(),
                new ValueComparer<IReadOnlyList<LocalDate>>((a, b) => a!.SequenceEqual(b!), days => days.Aggregate(0, (hash, day) => HashCode.Combine(hash, day)), days => days.ToList()))
            .HasMaxLength(4000);
    }
}

internal sealed class CalendarLockConfiguration : IEntityTypeConfiguration<CalendarLock>
{
    public void Configure(EntityTypeBuilder<CalendarLock> builder)
    {
        builder.ToTable("CalendarLocks");
        builder.HasKey(l => l.Person);
        builder.Property(l => l.Version).IsConcurrencyToken();
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.ToTable("CalendarFeeds");
        builder.HasKey(f => f.Person);
        builder.Property(f => f.SecretHash).HasMaxLength(64);
        builder.HasIndex(f => f.SecretHash).IsUnique();
    }
}

internal sealed class BalanceCheckConfiguration : IEntityTypeConfiguration<BalanceCheck>
{
    public void Configure(EntityTypeBuilder<BalanceCheck> builder)
    {
        builder.ToTable("BalanceChecks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasOne<Case>().WithMany().HasForeignKey(b => b.CaseId);
        builder.HasOne<Session>().WithMany().HasForeignKey(b => b.SessionId);
        builder.Ignore(b => b.Average);
        builder.Ignore(b => b.Facts);

        // Each partner answers once for each session.
        builder.HasIndex(b => new { b.SessionId, b.Partner }).IsUnique();
        builder.HasIndex(b => new { b.CaseId, b.SessionStart });
    }
}
