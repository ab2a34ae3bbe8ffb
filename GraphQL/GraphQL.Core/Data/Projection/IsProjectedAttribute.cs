namespace GraphQL.Data.Projection;

/// <summary>
/// Overrides what <c>[UseProjection]</c> reads for a property, as Hot Chocolate's <c>[IsProjected]</c>:
/// <c>true</c> always reads it (a resolver or DataLoader below needs it even when the client does not
/// select it), <c>false</c> never does (a computed property the entity cannot produce in SQL).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IsProjectedAttribute : Attribute
{
    public IsProjectedAttribute(bool projected = true) => Projected = projected;

    public bool Projected { get; }
}

/// <summary>The <see cref="IsProjectedAttribute"/> of each property, read once per property rather than per request.</summary>
internal static class ProjectionMarks
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<System.Reflection.PropertyInfo, bool?> s_marks = new();

    /// <summary>True: always projected; false: never; null: when selected.</summary>
    public static bool? Of(System.Reflection.PropertyInfo property) =>
        s_marks.GetOrAdd(property, static p => System.Reflection.CustomAttributeExtensions.GetCustomAttribute<IsProjectedAttribute>(p)?.Projected);
}
