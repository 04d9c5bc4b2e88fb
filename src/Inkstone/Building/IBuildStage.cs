namespace Inkstone.Building;

/// <summary>One step of the pipeline. The builder runs stages in order and times each one.</summary>
internal interface IBuildStage
{
    string Name { get; }

    void Run(BuildContext context);
}
