using InkoopPortal.Infrastructure.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InkoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class SignInAttemptsConfiguration : IEntityTypeConfiguration<SignInAttempts>
{
    public const string Table = "sign_in_attempts";

    public void Configure(EntityTypeBuilder<SignInAttempts> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(attempts => attempts.Subject);
        builder.Property(attempts => attempts.Subject).HasMaxLength(SignInAttempts.SubjectMaxLength);
        // Unix milliseconds on both providers: SignInThrottle's upsert compares them in SQL.
        builder.Property(attempts => attempts.LastFailureAt)
            .HasConversion(value => value.ToUnixTimeMilliseconds(), value => DateTimeOffset.FromUnixTimeMilliseconds(value));
    }
}
