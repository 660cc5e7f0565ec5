// Owns one target's waiting line: two FIFO lanes, interactive always ahead of bulk.
import type { DispatchRequest, Grant } from './dispatch-types';

export interface Waiter {
  request: DispatchRequest;
  resolve(grant: Grant): void;
  reject(error: unknown): void;
  // Removes the abort listener the queue attached.
  detach(): void;
  // Set after a failed merged call, so the retry goes alone.
  noBatch: boolean;
}

export class WaitQueue {
  private readonly interactive: Waiter[] = [];
  private readonly bulk: Waiter[] = [];

  get size(): number {
    return this.interactive.length + this.bulk.length;
  }

  head(): Waiter | undefined {
    return this.interactive[0] ?? this.bulk[0];
  }

  // Whether a new request of this priority would stand at the head.
  wouldLead(request: DispatchRequest): boolean {
    return request.priority === 'interactive' ? this.interactive.length === 0 : this.size === 0;
  }

  push(waiter: Waiter): void {
    this.lane(waiter).push(waiter);
  }

  // Puts waiters back at the front of their lanes, keeping their order.
  pushFront(waiters: Waiter[]): void {
    for (const waiter of [...waiters].reverse()) this.lane(waiter).unshift(waiter);
  }

  remove(waiter: Waiter): boolean {
    const lane = this.lane(waiter);
    const index = lane.indexOf(waiter);
    if (index < 0) return false;
    lane.splice(index, 1);
    return true;
  }

  // Lane order: what the dispatcher releases next comes first.
  ordered(): Waiter[] {
    return [...this.interactive, ...this.bulk];
  }

  private lane(waiter: Waiter): Waiter[] {
    return waiter.request.priority === 'interactive' ? this.interactive : this.bulk;
  }
}
