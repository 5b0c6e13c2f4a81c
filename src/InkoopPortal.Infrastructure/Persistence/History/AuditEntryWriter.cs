using System.Data.Common;
using System.Globalization;
using System.Text;
using InkoopPortal.Domain.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace InkoopPortal.Infrastructure.Persistence.History;

/// <summary>
/// Inserts history rows as multi-row INSERTs on the save's own connection and transaction. A bulk import writes one
/// history row per record it creates; through the change tracker (one tracked entity and one returned key per row)
/// that took longer than the import itself. Table, columns and value conversions come from the EF model, so the
/// rows are exactly what EF would have written (enums by name, SQLite's text dates).
/// </summary>
internal static class AuditEntryWriter
{
    /// <summary>Rows per statement: 9 parameters each stays far below either provider's parameter limit.</summary>
    private const int RowsPerCommand = 200;

    public static async Task InsertAsync(DbContext context, DbTransaction transaction, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var entityType = context.Model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = context.GetService<ISqlGenerationHelper>();
        var properties = entityType.GetProperties().Where(property => property.ValueGenerated == ValueGenerated.Never).ToList();
        var columns = string.Join(", ", properties.Select(property => sql.DelimitIdentifier(property.GetColumnName(table)!)));
        var accessors = properties.Select(property => (Property: property, Mapping: property.GetRelationalTypeMapping(), Getter: property.GetGetter())).ToList();

        var connection = transaction.Connection!;
        for (var start = 0; start < entries.Count; start += RowsPerCommand)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (").Append(columns).Append(") VALUES ");
            var rows = entries.Skip(start).Take(RowsPerCommand).ToList();
            for (var row = 0; row < rows.Count; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < accessors.Count; column++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"p{row}_{column}");
                    var (property, mapping, getter) = accessors[column];
                    command.Parameters.Add(mapping.CreateParameter(command, sql.GenerateParameterName(name), getter.GetClrValue(rows[row]), property.IsNullable));
                    text.Append(column == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
