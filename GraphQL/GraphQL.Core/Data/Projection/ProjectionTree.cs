using System.Reflection;
using GraphQL.CodeFirst;
using GraphQL.Data.Execution;
using GraphQL.Execution.Planning;
using GraphQL.Types;

namespace GraphQL.Data.Projection;

/// <summary>
/// The properties a response needs from one entity type: leaves (columns) and nested trees
/// (references and collections), merged from every place the selection reads the entity
/// (<c>edges.node</c> and <c>nodes</c> of one connection). Keys and foreign keys (<c>Id</c>,
/// <c>…Id</c>) and <c>[IsProjected(true)]</c> properties are always kept, so resolvers and DataLoaders
/// below can still find related rows; <c>[IsProjected(false)]</c> properties never are. Lists of scalars
/// (<c>List&lt;string&gt;</c>) are copied whole, like a column.
/// </summary>
internal sealed class ProjectionTree
{
    public ProjectionTree(Type type) => Type = type;

    public Type Type { get; }
    public Dictionary<PropertyInfo, ProjectionTree?> Members { get; } = new();

    public void AddSelection(IReadOnlyList<FieldPlan> fields)
    {
        AddKeys();
        foreach (var field in fields)
        {
            if (!field.Field.Features.TryGetValue(CodeFirstFeatures.Member, out var m) || m is not PropertyInfo property) continue;
            if (property.DeclaringType is null || !property.DeclaringType.IsAssignableFrom(Type)) continue;
            if (ProjectionMarks.Of(property) == false) continue;
            if (EntityShape.IsScalar(property.PropertyType) || EntityShape.GetElementType(property.PropertyType) is { } e && EntityShape.IsScalar(e))
            {
                Members[property] = null;
                continue;
            }

            if (field.Field.Type.GetNamedType() is not ObjectType objectType) continue;
            var target = EntityShape.GetElementType(property.PropertyType) ?? property.PropertyType;
            if (!Members.TryGetValue(property, out var child) || child is null)
            {
                child = new ProjectionTree(target);
                Members[property] = child;
            }

            child.AddSelection(field.GetSubSelection(objectType).Fields);
        }
    }

    /// <summary>Whether the tree already reads the property path (a sort key such as <c>Brand.Name</c>).</summary>
    public bool Contains(IReadOnlyList<PropertyInfo> path, int index = 0)
    {
        if (index >= path.Count) return true;
        if (!Members.TryGetValue(path[index], out var child)) return false;
        return index == path.Count - 1 || child is not null && child.Contains(path, index + 1);
    }

    /// <summary>Adds a property path (a sort key such as <c>Brand.Name</c>).</summary>
    public void AddPath(IReadOnlyList<PropertyInfo> path, int index = 0)
    {
        if (index >= path.Count) return;
        var property = path[index];
        if (index == path.Count - 1)
        {
            Members.TryAdd(property, null);
            return;
        }

        if (!Members.TryGetValue(property, out var child) || child is null)
        {
            child = new ProjectionTree(property.PropertyType);
            child.AddKeys();
            Members[property] = child;
        }

        child.AddPath(path, index + 1);
    }

    private void AddKeys()
    {
        if (EntityShape.GetKey(Type) is { } key) Members.TryAdd(key, null);
        foreach (var property in Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name.EndsWith("Id", StringComparison.Ordinal) && EntityShape.IsScalar(property.PropertyType)
                || ProjectionMarks.Of(property) == true)
            {
                Members.TryAdd(property, null);
            }
        }
    }
}
