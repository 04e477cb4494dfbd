import { NotFoundView } from "@/components/ui/NotFoundView";

export default function NotFound() {
  return <NotFoundView />;
}
