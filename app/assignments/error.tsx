"use client";

// The same fallback as the root segment's.
export { default } from "@/app/error";
