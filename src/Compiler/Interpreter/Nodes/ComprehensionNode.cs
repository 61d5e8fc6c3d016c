using Policy.Runtime.Values;

namespace Policy.Compiler.Interpreter.Nodes;

/// <summary>
/// A fold over a list (elements, or index and element) or a map (keys, or key and value),
/// stopping early when the loop condition is false.
/// </summary>
public sealed class ComprehensionNode(
    Node range, int iterSlot, int iterSlot2, int accuSlot, Node init, Node condition, Node step, Node result) : Node
{
    /// <summary>Used for <see cref="ComprehensionNode"/>'s second variable when there is none.</summary>
    public const int NoSlot = -1;

    /// <inheritdoc/>
    public override CelValue Eval(Frame frame)
    {
        var r = range.Eval(frame);
        if (r.IsError) return r;
        var slots = frame.Slots;
        slots[accuSlot] = init.Eval(frame);
        switch (r)
        {
            case CelList list:
                for (var i = 0; i < list.Count; i++)
                {
                    if (iterSlot2 == NoSlot) slots[iterSlot] = list[i];
                    else
                    {
                        slots[iterSlot] = CelInt.Of(i);
                        slots[iterSlot2] = list[i];
                    }
                    if (!Step(frame)) break;
                }
                break;
            case CelMap map:
                foreach (var key in map.Keys)
                {
                    slots[iterSlot] = key;
                    if (iterSlot2 != NoSlot)
                    {
                        map.TryGetValue(key, out var value);
                        slots[iterSlot2] = value;
                    }
                    if (!Step(frame)) break;
                }
                break;
            default:
                return CelError.Of($"cannot iterate over a value of type '{r.Type.Name}'");
        }
        return result.Eval(frame);
    }

    private bool Step(Frame frame)
    {
        if (condition.Eval(frame) is CelBool { Value: false }) return false;
        frame.Slots[accuSlot] = step.Eval(frame);
        return true;
    }
}
