using System;
using System.Collections.Generic;
using System.Text;

namespace GraphQL.Types;

/// <summary>
/// spec §3.10 "Circular References": an input object must not reach itself through non-null
/// singular fields, since no finite value could satisfy it. A depth-first search over non-null
/// input object fields reports each cycle once, with the field path that closes it.
/// </summary>
internal sealed class InputObjectCycleDetector
{
    private readonly List<string> _errors;
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<InputValueDefinition> _path = new();
    private readonly Dictionary<string, int> _pathIndexByType = new(StringComparer.Ordinal);

    public InputObjectCycleDetector(List<string> errors) => _errors = errors;

    public void Detect(InputObjectType input)
    {
        if (!_visited.Add(input.Name)) return;
        _pathIndexByType[input.Name] = _path.Count;

        foreach (var field in input.Fields)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType fieldType }) continue;
            _path.Add(field);
            if (_pathIndexByType.TryGetValue(fieldType.Name, out var cycleIndex))
            {
                var sb = new StringBuilder();
                for (var i = cycleIndex; i < _path.Count; i++)
                {
                    if (i > cycleIndex) sb.Append('.');
                    sb.Append(_path[i].Name);
                }

                _errors.Add($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{sb}\".");
            }
            else
            {
                Detect(fieldType);
            }

            _path.RemoveAt(_path.Count - 1);
        }

        _pathIndexByType.Remove(input.Name);
    }
}
