export default function NotFound() {
  return (
    <div className="page-head">
      <p className="eyebrow">404</p>
      <h1>Not in this digest</h1>
      <p>No claim cluster, outlet or article has that id in the corpus being served.</p>
      <p>
        <a href="/">Back to the digest</a>
      </p>
    </div>
  );
}
