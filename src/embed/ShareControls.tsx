import { EmbedDialog } from './EmbedDialog';
import { ShareButton } from './ShareButton';
import './share.css';

/** The Share and Embed controls, side by side. */
export function ShareControls() {
  return (
    <div className="share-controls">
      <ShareButton />
      <EmbedDialog />
    </div>
  );
}
