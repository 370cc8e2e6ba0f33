import { randomBytes } from 'node:crypto';
import { defaultTextMapSetter, ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { parseTraceParent, W3CTraceContextPropagator } from '@opentelemetry/core';

/** Where a request stands in a distributed trace (W3C Trace Context). */
export interface TraceContext {
  traceId: string;
  /** This service's span for the request. */
  spanId: string;
  sampled: boolean;
}

const propagator = new W3CTraceContextPropagator();

function newSpanId(): string {
  return randomBytes(8).toString('hex');
}

/** The trace of an incoming request: the caller's, continued by a span of ours, or a new one. */
export function traceOf(traceparent: string | string[] | undefined): TraceContext {
  const parent = typeof traceparent === 'string' ? parseTraceParent(traceparent) : null;
  if (parent) return { traceId: parent.traceId, spanId: newSpanId(), sampled: (parent.traceFlags & TraceFlags.SAMPLED) !== 0 };
  return { traceId: randomBytes(16).toString('hex'), spanId: newSpanId(), sampled: false };
}

/** The headers that carry `context` into a call to another service, as a child of our span. */
export function traceHeaders(context: TraceContext): Record<string, string> {
  const carrier: Record<string, string> = {};
  const span = trace.wrapSpanContext({ traceId: context.traceId, spanId: context.spanId, traceFlags: context.sampled ? TraceFlags.SAMPLED : TraceFlags.NONE, isRemote: false });
  propagator.inject(trace.setSpan(ROOT_CONTEXT, span), carrier, defaultTextMapSetter);
  return carrier;
}
