import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys, type Key } from '#core/keys';

export interface SegmentProgress {
  done: boolean;
  /** Key of the last item of the last customer fully handled; the scan resumes after it. */
  lastKey?: Record<string, string>;
  scanned: number;
  changed: number;
}

export interface Checkpoint {
  runId: string;
  /** The run's clock, fixed at its first start so a resumed run records the same times. */
  startedAt: string;
  totalSegments: number;
  segments: SegmentProgress[];
  completedAt?: string;
}

/** A run's progress, saved after every page so a failed or timed-out run resumes where it stopped. */
export class CheckpointRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly job: string,
  ) {}

  private key(runId: string): Key {
    return keys.jobCheckpoint(this.job, runId);
  }

  async load(runId: string): Promise<Checkpoint | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: this.key(runId), ConsistentRead: true }));
    return out.Item?.checkpoint as Checkpoint | undefined;
  }

  async save(checkpoint: Checkpoint): Promise<void> {
    // Only this job writes its checkpoint, one run at a time per night (the schedule's concurrency is 1).
    await this.client.send(
      new PutCommand({ TableName: this.tableName, Item: { ...this.key(checkpoint.runId), type: 'job-checkpoint', checkpoint } }),
    );
  }
}
