namespace GraphQL.Execution.Planning;

/// <summary>How a collected field is resolved: a schema field or one of the meta fields of spec §4.1.</summary>
internal enum FieldKind : byte
{
    Field,

    /// <summary><c>__typename</c> (spec §4.1.4): the name of the object type, on any selection.</summary>
    TypeName,

    /// <summary><c>__schema</c> (spec §4.1), on the query root only.</summary>
    Schema,

    /// <summary><c>__type(name:)</c> (spec §4.1), on the query root only.</summary>
    Type,
}
