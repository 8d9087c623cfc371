namespace Scraper.Fetching;

/// <summary>
/// The request slots of a run over several hosts: at most <c>count</c> requests in flight in all, and a freed slot
/// goes to the waiting host with the fewest requests in flight (the one waiting longest among equals), so a slow host
/// cannot take every slot while a fast one waits. A slot free when nobody waits is taken at once.
/// </summary>
internal sealed class FairRequestSlots(int count) : IRequestSlots
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> inFlight = new(StringComparer.OrdinalIgnoreCase);
    private readonly LinkedList<(string Host, TaskCompletionSource Turn)> waiting = [];
    private int free = Math.Max(1, count);

    public ValueTask WaitAsync(string host, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        LinkedListNode<(string Host, TaskCompletionSource Turn)> node;
        lock (gate)
        {
            if (free > 0)
            {
                free--;
                inFlight[host] = inFlight.GetValueOrDefault(host) + 1;
                return ValueTask.CompletedTask;
            }

            node = waiting.AddLast((host, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)));
        }

        return new(WaitForTurnAsync(node, cancellationToken));
    }

    public void Release(string host)
    {
        TaskCompletionSource? next = null;
        lock (gate)
        {
            inFlight[host] = inFlight.GetValueOrDefault(host) - 1;
            if (Next() is { } node)
            {
                waiting.Remove(node);
                inFlight[node.Value.Host] = inFlight.GetValueOrDefault(node.Value.Host) + 1;
                next = node.Value.Turn;
            }
            else
            {
                free++;
            }
        }

        next?.TrySetResult();
    }

    private async Task WaitForTurnAsync(LinkedListNode<(string Host, TaskCompletionSource Turn)> node, CancellationToken cancellationToken)
    {
        await using var registration = cancellationToken.Register(() => GiveUp(node, cancellationToken));
        await node.Value.Turn.Task;
    }

    // A waiter cancelled before its turn leaves the queue; one whose turn came first keeps the slot, and its caller releases it.
    private void GiveUp(LinkedListNode<(string Host, TaskCompletionSource Turn)> node, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (node.List is null)
            {
                return;
            }

            waiting.Remove(node);
        }

        node.Value.Turn.TrySetCanceled(cancellationToken);
    }

    private LinkedListNode<(string Host, TaskCompletionSource Turn)>? Next()
    {
        LinkedListNode<(string Host, TaskCompletionSource Turn)>? best = null;
        for (var node = waiting.First; node is not null; node = node.Next)
        {
            if (best is null || inFlight.GetValueOrDefault(node.Value.Host) < inFlight.GetValueOrDefault(best.Value.Host))
            {
                best = node;
            }
        }

        return best;
    }
}
