using System.Reflection;
using Policy.Runtime.Functions;
using Policy.Runtime.Time;
using Policy.Runtime.Types;
using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Time.TimeAssert;

namespace Policy.Runtime.Tests.Time;

public class TimeLibraryTests
{
    private static readonly TimeLibrary Library = new();

    private static Overload Find(string id) =>
        Library.Functions.SelectMany(f => f.Overloads).Single(o => o.Id == id);

    [Fact]
    public void The_library_is_named_standard_time()
    {
        Assert.Equal("standard.time", Library.Name);
    }

    [Fact]
    public void It_declares_the_time_functions_with_cel_go_overload_ids()
    {
        var ids = Library.Functions.ToDictionary(f => f.Name, f => f.Overloads.Select(o => o.Id).ToArray());
        Assert.Equal(["string_to_timestamp", "int64_to_timestamp", "timestamp_to_timestamp"], ids["timestamp"]);
        Assert.Equal(["string_to_duration", "duration_to_duration"], ids["duration"]);
        Assert.Equal(["timestamp_to_int64"], ids["int"]);
        Assert.Equal(["timestamp_to_string", "duration_to_string"], ids["string"]);
        Assert.Equal(["timestamp_to_year", "timestamp_to_year_with_tz"], ids["getFullYear"]);
        Assert.Equal(["timestamp_to_day_of_month_1_based", "timestamp_to_day_of_month_1_based_with_tz"], ids["getDate"]);
        Assert.Equal(["timestamp_to_seconds", "timestamp_to_seconds_tz", "duration_to_seconds"], ids["getSeconds"]);
        Assert.Equal(["add_timestamp_duration", "add_duration_timestamp", "add_duration_duration"], ids["_+_"]);
        Assert.Equal(["subtract_timestamp_timestamp", "subtract_timestamp_duration", "subtract_duration_duration"], ids["_-_"]);
        Assert.Equal(
            ["timestamp", "duration", "int", "string", "getFullYear", "getMonth", "getDate", "getDayOfMonth",
             "getDayOfWeek", "getDayOfYear", "getHours", "getMinutes", "getSeconds", "getMilliseconds", "_+_", "_-_"],
            Library.Functions.Select(f => f.Name));
    }

    [Fact]
    public void Overload_ids_are_unique_and_every_overload_calls_a_public_static_method()
    {
        var overloads = Library.Functions.SelectMany(f => f.Overloads).ToList();
        Assert.Equal(38, overloads.Count);
        Assert.Equal(overloads.Count, overloads.Select(o => o.Id).Distinct().Count());
        foreach (var o in overloads)
        {
            var method = o.Method;
            Assert.NotNull(method);
            Assert.True(method.IsPublic && method.IsStatic, o.Id);
            Assert.Equal(typeof(TimeFunctions), method.DeclaringType);
            Assert.False(method.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)), o.Id);
        }
    }

    [Fact]
    public void Accessors_are_receiver_style_and_conversions_are_global()
    {
        foreach (var f in Library.Functions)
        {
            var receiver = f.Name.StartsWith("get", StringComparison.Ordinal);
            Assert.All(f.Overloads, o => Assert.Equal(receiver, o.IsInstance));
        }
        Assert.Equal([CelType.Timestamp, CelType.String], Find("timestamp_to_hours_with_tz").Parameters.ToArray());
        Assert.Equal(CelType.Int, Find("timestamp_to_hours_with_tz").Result);
        Assert.Equal(CelType.Duration, Find("subtract_timestamp_timestamp").Result);
    }

    [Fact]
    public void Overloads_invoke_their_implementations_with_cel_values()
    {
        var t = Ts("2009-02-13T23:31:30Z");
        Int(1, Find("timestamp_to_hours_with_tz").Invoke([t, CelString.Of("02:00")]));
        Int(1234567890, Find("timestamp_to_int64").Invoke([t]));
        Assert.Equal("2009-02-13T23:31:30Z", Assert.IsType<CelString>(Find("timestamp_to_string").Invoke([t])).Value);
        Timestamp("2009-02-13T23:31:30Z", Find("string_to_timestamp").Invoke([CelString.Of("2009-02-13T23:31:30Z")]));
        Duration(1_500_000_000, Find("string_to_duration").Invoke([CelString.Of("1.5s")]));
        RangeError(Find("add_duration_duration").Invoke([CelDuration.Of(long.MaxValue), CelDuration.Of(1)]));
        Error(Find("timestamp_to_year_with_tz").Invoke([t, CelString.Of("Nowhere/Atlantis")]), "unknown time zone");
    }

    [Fact]
    public void Overloads_accept_only_their_own_argument_kinds()
    {
        var t = Ts("2009-02-13T23:31:30Z");
        var d = Dur("1s");
        Assert.True(Find("add_timestamp_duration").Accepts([t, d]));
        Assert.False(Find("add_timestamp_duration").Accepts([d, t]));
        Assert.True(Find("duration_to_hours").Accepts([d]));
        Assert.False(Find("timestamp_to_hours").Accepts([d]));
        Assert.False(Find("timestamp_to_hours_with_tz").Accepts([t, CelInt.Of(2)]));
        Assert.False(Find("int64_to_timestamp").Accepts([CelUint.Of(2)]));
    }

    [Fact]
    public void Every_implementation_method_is_documented_by_a_declaration()
    {
        var declared = Library.Functions.SelectMany(f => f.Overloads).Select(o => o.Method!).ToHashSet();
        var publicMethods = typeof(TimeFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static);
        Assert.All(publicMethods, m => Assert.Contains(m, declared));
    }
}
