using System.Linq.Expressions;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain;
using InkoopPortal.Application.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace InkoopPortal.Infrastructure.Persistence.History;

/// <summary>
/// What every <see cref="ContentRecord"/> gets in the model: the soft-delete query filter and the concurrency token,
/// which differs per provider (so the two migrations projects differ here).
/// </summary>
internal static class ContentRecordModel
{
    public static void Configure(ModelBuilder modelBuilder, bool onPostgres)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(type => IsContent(type) && type.BaseType is null).ToList())
        {
            var builder = modelBuilder.Entity(entityType.ClrType);

            var record = Expression.Parameter(entityType.ClrType, "record");
            var isLive = Expression.Equal(
                Expression.Property(record, nameof(ContentRecord.DeletedAt)),
                Expression.Constant(null, typeof(DateTimeOffset?)));
            builder.HasQueryFilter(QueryFilters.SoftDelete, Expression.Lambda(isLive, record));
            builder.Property(nameof(ContentRecord.DeletedBy)).HasMaxLength(FieldLimits.DeletedBy);

            // A unique slug (or number) belongs to the live records: a deleted topic does not block a new one with its
            // slug, and a re-import does not stumble over it. Restoring checks that nobody took it in between.
            foreach (var index in entityType.GetIndexes().Where(index => index.IsUnique))
            {
                index.SetFilter("deleted_at IS NULL");
            }

            var version = builder.Property(nameof(ContentRecord.RowVersion));
            if (onPostgres)
            {
                // PostgreSQL changes the system column xmin with every update of the row: nothing to store or count.
                version.IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
            }
            else
            {
                // SQLite has no such column: SaveChanges counts the version up (ContentChanges).
                version.IsConcurrencyToken();
            }
        }
    }

    public static bool IsContent(IReadOnlyTypeBase type) => typeof(ContentRecord).IsAssignableFrom(type.ClrType);

    /// <summary>Content records, and the links between two content records (the join tables of many-to-many relations).</summary>
    public static bool IsAudited(IReadOnlyEntityType type) =>
        IsContent(type)
        || IsAccount(type)
        || (type.HasSharedClrType && type.GetForeignKeys().Any()
            && type.GetForeignKeys().All(foreignKey => IsContent(foreignKey.PrincipalEntityType)));

    /// <summary>Users and their roles are recorded too (without password hashes and stamps, see ContentChanges).</summary>
    public static bool IsAccount(IReadOnlyTypeBase type) =>
        type.ClrType == typeof(PortalUser) || type.ClrType == typeof(IdentityUserRole<string>);
}
