namespace Policy.Conformance.Tests;

/// <summary>A fact that needs the conformance files; skipped when <c>CEL_CONFORMANCE_DIR</c> is unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute, skipping when the suite is not configured.</summary>
    public ConformanceFactAttribute()
    {
        if (ConformanceData.Directory is null) Skip = ConformanceData.NotConfigured;
    }
}
