export function App() {
  return <main>Dashboard</main>;
}
