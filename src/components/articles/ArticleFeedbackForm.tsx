import { actions } from 'astro:actions';
import { useState } from 'preact/hooks';
import { MAX_COMMENT } from '@/feedback/limits';
import type { Vote } from '@/feedback/votes';
import { articleFeedbackStrings } from '@/i18n/article-feedback';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';

interface Props {
  lang: Lang;
  article: string;
  /** The reader's current vote, or null. */
  vote: Vote | null;
}

/**
 * "Este artigo ajudou? Sim / Não": a click votes at once (the last vote counts); an optional comment
 * is sent with the chosen answer. Refusals are shown in the page's language.
 */
export default function ArticleFeedbackForm({ lang, article, vote: initial }: Props) {
  const t = articleFeedbackStrings.in(lang);
  const [vote, setVote] = useState<Vote | null>(initial);
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function send(helpful: boolean) {
    setBusy(true);
    setError(null);
    const r = await callAction(actions.articles.feedback, { article, helpful, comment: comment.trim() ? comment : null }, lang);
    setBusy(false);
    if (r.ok) return setVote(r.data.vote);
    setError(r.fields.comment?.[0] ?? r.fields.article?.[0] ?? r.error);
  }

  const commentId = `omni-feedback-comment-${article.replace(/\W/g, '-')}`;
  return (
    <form
      class="omni-feedback-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (vote) void send(vote.helpful);
      }}
    >
      <p class="omni-feedback-buttons">
        <strong id={`${commentId}-q`}>{t('question')}</strong>
        <span role="group" aria-labelledby={`${commentId}-q`} class="omni-feedback-buttons">
          <button type="button" aria-pressed={vote?.helpful === true} disabled={busy} onClick={() => void send(true)} data-vote="yes">
            {t('yes')}
          </button>
          <button type="button" aria-pressed={vote?.helpful === false} disabled={busy} onClick={() => void send(false)} data-vote="no">
            {t('no')}
          </button>
        </span>
      </p>
      <p>
        <label for={commentId}>{t('comment')}</label>
        <br />
        <textarea id={commentId} name="comment" maxLength={MAX_COMMENT} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
        <br />
        <small>{t('commentHint', { max: MAX_COMMENT })}</small>
      </p>
      {vote && (
        <p>
          <button type="submit" disabled={busy}>
            {busy ? t('sending') : t('send')}
          </button>
        </p>
      )}
      {error && (
        <p class="omni-run-error" role="alert">
          {error}
        </p>
      )}
      <p aria-live="polite" data-vote-state={vote ? (vote.helpful ? 'yes' : 'no') : ''}>
        {vote && (
          <>
            {t(vote.helpful ? 'thanksYes' : 'thanksNo')} <small>{t('change')}</small>
          </>
        )}
      </p>
    </form>
  );
}
