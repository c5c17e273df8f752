import { Fragment } from 'react';
import type { ReactNode } from 'react';
import type { StringKey } from '../i18n/strings';
import { STRINGS } from '../i18n/strings';
import { useAppStore } from '../store/store';

/**
 * A UI string with its `{placeholders}` filled by elements rather than
 * spliced into the text: each value (dataset text, a file name, a path) is
 * its own `<bdi>`, so its direction can never reorder the sentence around it.
 */
export function TextWith({ k, values }: { k: StringKey; values: Record<string, ReactNode> }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <>
      {STRINGS[lang][k].split(/(\{\w+\})/).map((part, i) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (name !== undefined && name in values) return <bdi key={i}>{values[name]}</bdi>;
        return <Fragment key={i}>{part}</Fragment>;
      })}
    </>
  );
}
