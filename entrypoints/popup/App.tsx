export function App() {
  return <main>Mali Crosscheck</main>;
}
