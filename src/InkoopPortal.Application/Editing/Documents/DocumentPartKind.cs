using System.Linq.Expressions;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Domain;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Editing.Documents;

/// <summary>The edit model of one record a document holds; <see cref="Id"/> 0 is a new record.</summary>
public interface IDocumentPartModel
{
    int Id { get; }

    /// <summary>The record's <see cref="ContentRecord.RowVersion"/> when loaded; send it back unchanged.</summary>
    uint Version { get; set; }
}

/// <summary>
/// One kind of record a policy document holds (changes, contract conditions, deadlines, figures): how the
/// <see cref="DocumentPartEditor"/> finds, validates and writes it. The editor does the rest the same for all kinds.
/// </summary>
public abstract class DocumentPartKind<TRecord, TModel>
    where TRecord : ContentRecord
    where TModel : class, IDocumentPartModel
{
    public abstract DbSet<TRecord> Set(IPortalDbContext context);

    /// <summary>The records with what their edit model needs loaded (a condition's thresholds).</summary>
    public virtual IQueryable<TRecord> Query(IPortalDbContext context) => Set(context);

    public abstract Expression<Func<TRecord, bool>> InDocument(int documentId);

    public abstract Expression<Func<TRecord, int>> SortOrder { get; }

    /// <summary>A new, empty record of the document, placed after the others.</summary>
    public abstract TRecord Create(int documentId, int sortOrder);

    public abstract TModel ToModel(TRecord record);

    /// <summary>Copies a valid edit onto the (tracked) record.</summary>
    public abstract void Apply(IPortalDbContext context, TRecord record, TModel edit);

    /// <summary>The Dutch messages for what is wrong with an edit; empty when it can be saved.</summary>
    public abstract IReadOnlyList<FieldMessage> Validate(TModel edit);
}
